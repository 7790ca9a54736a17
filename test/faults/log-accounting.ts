import type pg from 'pg';
import { type CommandRecord, lastOutcome } from './command-outcome.js';

/** What the log holds against what the ledger answered: every list must be empty. */
export interface LogAccount {
  /** Events in the log. */
  events: number;
  /** Commands with a success answer whose events are not (all) in the log. */
  lost: string[];
  /** Commands whose events are in the log more often than the answer named them. */
  duplicated: string[];
  /** Commands recorded as another type, on another stream, or from another request than was sent. */
  altered: string[];
  /** Command events that no success answer accounts for. */
  unaccounted: string[];
}

interface LogRow {
  event_id: string;
  stream_id: string;
  type: string;
  correlation: string | null;
  request_hash: string | null;
  source: string | null;
}

/** Who appends without a request: the sentinel's alerts. Everything else came through a command. */
const NOT_A_COMMAND = new Set(['saksi-sentinel']);

/**
 * Compares the log with the answers: each success answer's events are there exactly once (by event
 * id, and by the command's correlation id, which a second recording would share), as the type, on
 * the stream and from the request that was sent; and every other command event is accounted for.
 */
export async function accountForLog(db: pg.Client, records: readonly CommandRecord[]): Promise<LogAccount> {
  const { rows } = await db.query<LogRow>(
    `select event_id, stream_id, type, metadata->>'correlationId' as correlation,
            metadata->>'requestHash' as request_hash, metadata->>'source' as source
     from event_log order by position`,
  );
  const byId = new Map(rows.map((row) => [row.event_id, row]));
  const byCorrelation = new Map<string, LogRow[]>();
  for (const row of rows)
    if (row.correlation)
      byCorrelation.set(row.correlation, [...(byCorrelation.get(row.correlation) ?? []), row]);
  const account: LogAccount = { events: rows.length, lost: [], duplicated: [], altered: [], unaccounted: [] };
  const answeredCommands = new Set<string>();
  for (const record of records) {
    const answer = lastOutcome(record);
    if (answer?.kind !== 'success') continue;
    const { planned } = record;
    const name = `#${planned.seq} ${planned.command.path} (${planned.command.idempotencyKey})`;
    const first = answer.events[0]?.eventId;
    if (!first) {
      account.lost.push(`${name}: answered without events`);
      continue;
    }
    answeredCommands.add(first);
    const stored = answer.events.map((event) => byId.get(event.eventId));
    if (stored.some((row) => !row)) account.lost.push(name);
    const recorded = byCorrelation.get(first)?.length ?? 0;
    if (recorded > answer.events.length)
      account.duplicated.push(`${name}: ${recorded} events for ${answer.events.length}`);
    // The generator names a grievance filed with an operator's key otherwise than the ledger does.
    const sameStream = answer.streamId === planned.subject;
    const changes = stored.flatMap((row) => {
      if (!row) return [];
      const found: string[] = [];
      if (row.type !== planned.type) found.push(`type ${row.type}`);
      if (row.stream_id !== answer.streamId) found.push(`stream ${row.stream_id}`);
      if (!sameStream && !planned.grievanceId)
        found.push(`stream ${answer.streamId}, not ${planned.subject}`);
      // A correction names an event id the ledger answered, so its request is not the generated one.
      if (sameStream && !planned.command.refs && row.request_hash !== planned.requestHash)
        found.push('another request');
      return found;
    });
    if (changes.length > 0) account.altered.push(`${name}: ${changes.join(', ')}`);
  }
  for (const row of rows)
    if (!NOT_A_COMMAND.has(row.source ?? '') && !answeredCommands.has(row.correlation ?? ''))
      account.unaccounted.push(`${row.type} ${row.event_id} on ${row.stream_id}`);
  return account;
}
