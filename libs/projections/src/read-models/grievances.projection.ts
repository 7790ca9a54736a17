import type { FindingRecorded, GrievanceFiled } from '@saksi/events';
import type { EntityManager } from 'typeorm';
import { eventByEvent, type Projection } from '../projection.js';
import { asCorrection, type CurrentEvent } from './current-event.js';

/**
 * Grievances and forum findings. A grievance's text and its answer stay in the log: a citizen may
 * have written personal details into them, so the read model keeps only what can be counted.
 */
export const grievancesProjection: Projection = eventByEvent(
  'grievances',
  ['grievance_view', 'finding_view'],
  apply,
);

async function apply(event: CurrentEvent, manager: EntityManager): Promise<void> {
  switch (event.type) {
    case 'grievance.filed': {
      const data = event.data as unknown as GrievanceFiled['data'];
      await manager.query(
        `insert into grievance_view (grievance_id, tracking_code, village_code, programme_id, category,
           anonymous, filed_at, answer_due_by, filed_position, filed_event)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict (grievance_id) do nothing`,
        [
          data.grievanceId,
          data.trackingCode,
          data.villageCode ?? null,
          data.programmeId ?? null,
          data.category,
          data.anonymous,
          event.occurredAt,
          data.answerDueBy,
          event.position,
          event.eventId,
        ],
      );
      return;
    }
    case 'grievance.answered':
      // The first answer counts for the time to answer; a later one does not reset it.
      await manager.query(
        `update grievance_view set answered_at = $2, answered_position = $3
         where grievance_id = $1 and answered_at is null`,
        [event.data['grievanceId'], event.occurredAt, event.position],
      );
      return;
    case 'finding.recorded': {
      const data = event.data as unknown as FindingRecorded['data'];
      await manager.query(
        `insert into finding_view (finding_id, forum, forum_name, village_code, programme_id, summary,
           related_count, recorded_at, position)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict (finding_id) do nothing`,
        [
          data.findingId,
          data.forum,
          data.forumName,
          data.villageCode,
          data.programmeId ?? null,
          data.summary,
          data.relatedEventIds.length,
          event.occurredAt,
          event.position,
        ],
      );
      return;
    }
    case 'event.corrected': {
      const correction = asCorrection(event)!;
      if (correction.correctsType !== 'grievance.filed') return;
      const fields = correction.fields;
      await manager.query(
        `update grievance_view set
           village_code = case when $2 then $3 else village_code end,
           programme_id = case when $4 then $5 else programme_id end,
           category = coalesce($6, category),
           answer_due_by = coalesce($7::date, answer_due_by)
         where filed_event = $1`,
        [
          correction.correctsEventId,
          'villageCode' in fields,
          fields['villageCode'] ?? null,
          'programmeId' in fields,
          fields['programmeId'] ?? null,
          fields['category'] ?? null,
          fields['answerDueBy'] ?? null,
        ],
      );
    }
  }
}
