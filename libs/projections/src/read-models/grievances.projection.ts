import type { FindingRecorded, GrievanceFiled } from '@saksi/events';
import { type Projection, stepByStep } from '../projection.js';
import { asCorrection, type Correction, type CurrentEvent } from './current-event.js';
import { rowKey, type Step } from './step.js';

/**
 * Grievances and forum findings. A grievance's text and its answer stay in the log: a citizen may
 * have written personal details into them, so the read model keeps only what can be counted.
 */
export const grievancesProjection: Projection = stepByStep(
  'grievances',
  ['grievance_view', 'finding_view'],
  stepOf,
);

const FILE = `
  insert into grievance_view (grievance_id, tracking_code, village_code, programme_id, category,
    anonymous, filed_at, answer_due_by, filed_position, filed_event)
  select grievance_id, tracking_code, village_code, programme_id, category, anonymous, filed_at,
    answer_due_by, position, event_id
  from jsonb_to_recordset($1::jsonb) as r(grievance_id text, tracking_code text, village_code text,
    programme_id text, category text, anonymous boolean, filed_at timestamptz, answer_due_by date,
    position bigint, event_id uuid)
  on conflict (grievance_id) do nothing`;

// The first answer counts for the time to answer; a later one does not reset it.
const ANSWER = `
  update grievance_view g set answered_at = r.at, answered_position = r.position
  from jsonb_to_recordset($1::jsonb) as r(grievance_id text, at timestamptz, position bigint)
  where g.grievance_id = r.grievance_id and g.answered_at is null`;

const RECORD_FINDING = `
  insert into finding_view (finding_id, forum, forum_name, village_code, programme_id, summary,
    related_count, recorded_at, position)
  select finding_id, forum, forum_name, village_code, programme_id, summary, related_count,
    recorded_at, position
  from jsonb_to_recordset($1::jsonb) as r(finding_id text, forum text, forum_name text,
    village_code text, programme_id text, summary text, related_count int, recorded_at timestamptz,
    position bigint)
  on conflict (finding_id) do nothing`;

function stepOf(event: CurrentEvent): Step | undefined {
  const { occurredAt: at, position } = event;
  switch (event.type) {
    case 'grievance.filed': {
      const data = event.data as unknown as GrievanceFiled['data'];
      const row = {
        grievance_id: data.grievanceId,
        tracking_code: data.trackingCode,
        village_code: data.villageCode ?? null,
        programme_id: data.programmeId ?? null,
        category: data.category,
        anonymous: data.anonymous,
        filed_at: at,
        answer_due_by: data.answerDueBy,
        position,
        event_id: event.eventId,
      };
      // The tracking code is unique too: two filings sharing one must meet in the same order.
      const writes = [
        rowKey('grievance_view', data.grievanceId),
        rowKey('grievance_view.tracking_code', data.trackingCode),
      ];
      return { statement: FILE, row, writes };
    }
    case 'grievance.answered': {
      const grievanceId = event.data['grievanceId'];
      const row = { grievance_id: grievanceId, at, position };
      return { statement: ANSWER, row, writes: [rowKey('grievance_view', grievanceId)] };
    }
    case 'finding.recorded': {
      const data = event.data as unknown as FindingRecorded['data'];
      const row = {
        finding_id: data.findingId,
        forum: data.forum,
        forum_name: data.forumName,
        village_code: data.villageCode,
        programme_id: data.programmeId ?? null,
        summary: data.summary,
        related_count: data.relatedEventIds.length,
        recorded_at: at,
        position,
      };
      return { statement: RECORD_FINDING, row, writes: [rowKey('finding_view', data.findingId)] };
    }
    case 'event.corrected': {
      const correction = asCorrection(event)!;
      if (correction.correctsType !== 'grievance.filed') return undefined;
      return {
        alone: async (manager) => {
          await manager.query(...correctFiling(correction));
        },
      };
    }
  }
  return undefined;
}

function correctFiling({ correctsEventId, fields }: Correction): [string, unknown[]] {
  return [
    `update grievance_view set
       village_code = case when $2 then $3 else village_code end,
       programme_id = case when $4 then $5 else programme_id end,
       category = coalesce($6, category),
       answer_due_by = coalesce($7::date, answer_due_by)
     where filed_event = $1`,
    [
      correctsEventId,
      'villageCode' in fields,
      fields['villageCode'] ?? null,
      'programmeId' in fields,
      fields['programmeId'] ?? null,
      fields['category'] ?? null,
      fields['answerDueBy'] ?? null,
    ],
  ];
}
