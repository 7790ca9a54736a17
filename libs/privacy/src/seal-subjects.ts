import { InvalidEvent, type SealRequest, type Sql } from '@saksi/event-store';
import { subjectOf } from './subjects.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Each event's subject (undefined where it holds no personal data); a correction's is that of the
 * event it corrects, in this batch or already in the log, so erasing a family also erases what
 * corrected its data. An event holding personal data that belongs to no one is refused.
 */
export async function subjectsOf(
  requests: readonly SealRequest[],
  holding: readonly boolean[],
  sql: Sql,
): Promise<(string | Error | undefined)[]> {
  const corrected = requests.map((request, index) =>
    holding[index] && request.type === 'event.corrected'
      ? String((request.data as { correctsEventId?: unknown }).correctsEventId)
      : undefined,
  );
  const targets = await targetsOf(corrected, requests, sql);
  return requests.map((request, index) => {
    if (!holding[index]) return undefined;
    const correctsEventId = corrected[index];
    const target = correctsEventId === undefined ? request : targets.get(correctsEventId);
    const subject = target && subjectOf(target.type, target.data);
    if (subject) return subject;
    return correctsEventId === undefined
      ? InvalidEvent.because(
          `${request.type} holds personal data but names no family or grievance it belongs to`,
        )
      : InvalidEvent.because(
          `a correction of personal data must name an event in the log (${correctsEventId})`,
        );
  });
}

/** The corrected events, by id: those appended in the same batch first, the others from the log. */
async function targetsOf(
  corrected: readonly (string | undefined)[],
  requests: readonly SealRequest[],
  sql: Sql,
): Promise<Map<string, { type: string; data: unknown }>> {
  const wanted = new Set(corrected.filter((id): id is string => id !== undefined));
  const targets = new Map<string, { type: string; data: unknown }>();
  for (const request of requests) if (wanted.has(request.eventId)) targets.set(request.eventId, request);
  const stored = [...wanted].filter((id) => !targets.has(id) && UUID.test(id));
  if (stored.length > 0) {
    // The ids a subject is made of (kpmId, grievanceId) are never sealed: the stored form will do.
    const rows = await sql<{ event_id: string; type: string; data: unknown }>(
      'select event_id::text as event_id, type, data from event_log where event_id = any($1::uuid[])',
      [stored.map((id) => id.toLowerCase())],
    );
    for (const row of rows) targets.set(row.event_id, row);
  }
  return targets;
}
