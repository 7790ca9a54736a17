import type { AlertRaised } from '@saksi/events';
import { type Projection, stepByStep } from '../projection.js';
import type { CurrentEvent } from './current-event.js';
import { rowKey, type Step } from './step.js';

/** Alerts and their triage, for the inspectors' inbox and the public count of open and resolved alerts. */
export const alertsProjection: Projection = stepByStep('alerts', ['alert_view'], stepOf);

const RAISE = `
  insert into alert_view (alert_id, rule_code, severity, alert_key, village_code, programme_id, subject,
    evidence, details, config_version, status, raised_at, raised_position, last_position)
  select alert_id, rule_code, severity, alert_key, village_code, programme_id, subject,
    evidence, details, config_version, 'open', raised_at, position, position
  from jsonb_to_recordset($1::jsonb) as r(alert_id uuid, rule_code text, severity text, alert_key text,
    village_code text, programme_id text, subject text, evidence bigint[], details jsonb,
    config_version text, raised_at timestamptz, position bigint)
  on conflict (alert_id) do nothing`;

const ACKNOWLEDGE = `
  update alert_view a set status = 'acknowledged', acknowledged_at = r.at, last_position = r.position
  from jsonb_to_recordset($1::jsonb) as r(alert_id uuid, at timestamptz, position bigint)
  where a.alert_id = r.alert_id and a.status = 'open'`;

const ESCALATE = `
  update alert_view a set level = greatest(a.level, r.level), last_position = r.position
  from jsonb_to_recordset($1::jsonb) as r(alert_id uuid, level int, position bigint)
  where a.alert_id = r.alert_id`;

const CLOSE = `
  update alert_view a set status = r.status, closed_at = r.at, closing_note = r.note,
    last_position = r.position
  from jsonb_to_recordset($1::jsonb) as r(alert_id uuid, status text, at timestamptz, note text,
    position bigint)
  where a.alert_id = r.alert_id`;

const CLOSING: Record<string, { status: string; note: string }> = {
  'alert.dismissed': { status: 'dismissed', note: 'reason' },
  'alert.resolved': { status: 'resolved', note: 'resolution' },
};

function stepOf(event: CurrentEvent): Step | undefined {
  const alertId = event.data['alertId'];
  const writes = [rowKey('alert_view', alertId)];
  const { occurredAt: at, position } = event;
  switch (event.type) {
    case 'alert.raised': {
      const data = event.data as unknown as AlertRaised['data'];
      const row = {
        alert_id: data.alertId,
        rule_code: data.ruleCode,
        severity: data.severity,
        alert_key: data.alertKey,
        village_code: data.villageCode,
        programme_id: data.programmeId,
        subject: data.subject,
        evidence: data.evidence,
        details: data.details,
        config_version: data.configVersion,
        raised_at: at,
        position,
      };
      return { statement: RAISE, row, writes };
    }
    case 'alert.acknowledged':
      return { statement: ACKNOWLEDGE, row: { alert_id: alertId, at, position }, writes };
    case 'alert.escalated':
      return {
        statement: ESCALATE,
        row: { alert_id: alertId, level: event.data['level'], position },
        writes,
      };
  }
  const closing = CLOSING[event.type];
  if (!closing) return undefined;
  const row = { alert_id: alertId, status: closing.status, at, note: event.data[closing.note], position };
  return { statement: CLOSE, row, writes };
}
