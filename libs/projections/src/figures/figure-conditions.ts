import type { FigureName } from './programme-figures.js';
import { inArea } from './area-scope.js';

/**
 * The rows behind each figure, as SQL over the read models, shared by the figures and by their
 * provenance so that a figure and the list of its events can never disagree. Parameters: $1 area
 * code prefix, $2 programme, $3 first day, $4 last day, $5 the period's months, $6 the first instant
 * of the period and $7 the first instant after it (Western Indonesia Time).
 */
export const KPM_IN_SCOPE = `from kpm_view k where ${inArea('k.village_code', 1)} and k.programme_id = $2`;

export const KPM = {
  registered: 'k.registered_on <= $4',
  approved: 'k.approved_on <= $4',
  active: `k.approved_on <= $4 and (k.ended_on is null or k.ended_on > $4) and k.status <> 'rejected'
    and not exists (select 1 from jsonb_array_elements(k.suspensions) s
      where s->>'from' <= $4::text and coalesce(s->>'to', '9999-12-31') > $4::text)`,
  exited: 'k.ended_on <= $4',
};

export const paymentsInScope = (joins = ''): string => `from payment_event_view p ${joins}
  where ${inArea('p.village_code', 1)} and p.programme_id = $2 and p.period = any($5)`;
const PAYMENTS_IN_SCOPE = paymentsInScope();

export const SESSIONS_IN_SCOPE = `from training_session_view s
  where ${inArea('s.village_code', 1)} and s.programme_id = $2`;

export const attendanceInScope = (joins = ''): string => `from training_attendance_view a
  join training_session_view s on s.session_id = a.session_id ${joins}
  where ${inArea('s.village_code', 1)} and s.programme_id = $2 and a.attended_at >= $6 and a.attended_at < $7`;
const ATTENDANCE_IN_SCOPE = attendanceInScope();

/** A grievance about no programme in particular counts for every programme of its area. */
export const GRIEVANCES_IN_SCOPE = `from grievance_view g
  where ${inArea("coalesce(g.village_code, '')", 1)} and (g.programme_id = $2 or g.programme_id is null)
    and g.filed_at >= $6 and g.filed_at < $7`;

/** For each figure: the positions of the events behind it. */
export const PROVENANCE: Record<FigureName, string> = {
  allocation: `select position from village_allocation_view v
    where ${inArea('v.village_code', 1)} and v.programme_id = $2`,
  'kpm.registered': `select k.registered_position as position ${KPM_IN_SCOPE} and ${KPM.registered}`,
  'kpm.approved': `select k.approved_position as position ${KPM_IN_SCOPE} and ${KPM.approved}`,
  'kpm.active': `select k.approved_position as position ${KPM_IN_SCOPE} and ${KPM.active}`,
  'kpm.exited': `select k.ended_position as position ${KPM_IN_SCOPE} and ${KPM.exited}`,
  'payments.due': `select p.position ${PAYMENTS_IN_SCOPE} and p.kind = 'due'`,
  'payments.paid': `select p.position ${PAYMENTS_IN_SCOPE} and p.kind = 'paid'`,
  'payments.failed': `select p.position ${PAYMENTS_IN_SCOPE} and p.kind = 'failed'`,
  'payments.reversed': `select p.position ${PAYMENTS_IN_SCOPE} and p.kind = 'reversed'`,
  'payments.late': `select p.position ${PAYMENTS_IN_SCOPE} and p.kind = 'paid' and p.late`,
  'training.sessionsHeld': `select s.held_position as position ${SESSIONS_IN_SCOPE} and s.held
    and s.starts_at >= $6 and s.starts_at < $7`,
  'training.attendance': `select a.position ${ATTENDANCE_IN_SCOPE}`,
  'grievances.filed': `select g.filed_position as position ${GRIEVANCES_IN_SCOPE}`,
  'grievances.answered': `select g.answered_position as position ${GRIEVANCES_IN_SCOPE} and g.answered_at is not null`,
};
