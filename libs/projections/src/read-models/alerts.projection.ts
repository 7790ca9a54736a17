import type { AlertRaised } from '@saksi/events';
import type { EntityManager } from 'typeorm';
import { eventByEvent, type Projection } from '../projection.js';
import type { CurrentEvent } from './current-event.js';

/** Alerts and their triage, for the inspectors' inbox and the public count of open and resolved alerts. */
export const alertsProjection: Projection = eventByEvent('alerts', ['alert_view'], apply);

const CLOSING: Record<string, { status: string; note: string }> = {
  'alert.dismissed': { status: 'dismissed', note: 'reason' },
  'alert.resolved': { status: 'resolved', note: 'resolution' },
};

async function apply(event: CurrentEvent, manager: EntityManager): Promise<void> {
  const alertId = event.data['alertId'];
  switch (event.type) {
    case 'alert.raised': {
      const data = event.data as unknown as AlertRaised['data'];
      await manager.query(
        `insert into alert_view (alert_id, rule_code, severity, alert_key, village_code, programme_id, subject,
           evidence, details, config_version, status, raised_at, raised_position, last_position)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'open', $11, $12, $12)
         on conflict (alert_id) do nothing`,
        [
          data.alertId,
          data.ruleCode,
          data.severity,
          data.alertKey,
          data.villageCode,
          data.programmeId,
          data.subject,
          data.evidence,
          data.details,
          data.configVersion,
          event.occurredAt,
          event.position,
        ],
      );
      return;
    }
    case 'alert.acknowledged':
      await manager.query(
        `update alert_view set status = 'acknowledged', acknowledged_at = $2, last_position = $3
         where alert_id = $1 and status = 'open'`,
        [alertId, event.occurredAt, event.position],
      );
      return;
    case 'alert.escalated':
      await manager.query(
        'update alert_view set level = greatest(level, $2), last_position = $3 where alert_id = $1',
        [alertId, event.data['level'], event.position],
      );
      return;
  }
  const closing = CLOSING[event.type];
  if (closing)
    await manager.query(
      `update alert_view set status = $2, closed_at = $3, closing_note = $4, last_position = $5
       where alert_id = $1`,
      [alertId, closing.status, event.occurredAt, event.data[closing.note], event.position],
    );
}
