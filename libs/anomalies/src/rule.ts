import type { BilingualMessage } from '@saksi/errors';
import type { AlertCandidate, Severity } from './alert-candidate.js';
import type { FactStore } from './fact-store.port.js';
import type { SentinelConfig } from './sentinel-config.js';
import type { SentinelEvent } from './sentinel-event.js';

/** What every rule tells an inspector: a stable code, how grave it is, and why it matters. */
export interface RuleInfo {
  /** Stable forever: alert keys, dashboards and dismissals refer to it. */
  code: string;
  severity: Severity;
  /** One sentence each: what the anomaly is and why it matters. */
  explain: BilingualMessage;
}

/**
 * A rule judged on each event it watches. `when` says which facts it sees: 'before' the event's own
 * facts are recorded (the state at the time of the event, the registrations seen before this one),
 * or 'after' (totals and counts that include the event). A rule must give the same alert keys
 * whatever the order of events of different streams: it fires on whichever event completes the
 * pattern.
 */
export interface Rule extends RuleInfo {
  watches: readonly string[];
  when: 'before' | 'after';
  evaluate(event: SentinelEvent, facts: FactStore, config: SentinelConfig): Promise<AlertCandidate[]>;
}

/**
 * A rule about something that did not happen (a month left unpaid, a session without attendance):
 * no event announces it, so a repeatable job asks on a given day.
 */
export interface ScheduledRule extends RuleInfo {
  /** `today` is YYYY-MM-DD: the clock comes in as an argument. */
  scan(facts: FactStore, today: string, config: SentinelConfig): Promise<AlertCandidate[]>;
}
