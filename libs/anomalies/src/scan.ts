import type { AlertCandidate } from './alert-candidate.js';
import type { FactStore } from './fact-store.port.js';
import { keepFirstRaised } from './first-raised.js';
import type { ScheduledRule } from './rule.js';
import { heldWithoutAttendance } from './scans/held-without-attendance.scan.js';
import { missingPayments } from './scans/missing-payments.scan.js';
import { participationGap } from './scans/participation-gap.scan.js';
import type { SentinelConfig } from './sentinel-config.js';

/**
 * The rules about what did not happen, or about a picture only complete after a while. A BullMQ
 * repeatable job calls them once a day with the day's date. Like observe(), each returns an alert key
 * once per FactStore (see first-raised.ts): run it in a transaction that also stores the alerts.
 */
export const SCHEDULED_RULES: readonly ScheduledRule[] = [
  missingPayments,
  heldWithoutAttendance,
  participationGap,
];

const run = async (rule: ScheduledRule, facts: FactStore, today: string, config: SentinelConfig) =>
  keepFirstRaised(await rule.scan(facts, today, config), facts, config, null);

/** Approved, active KPM not paid for a month whose end plus `unpaidGraceDays` is before `today`. */
export const scanForMissingPayments = (facts: FactStore, today: string, config: SentinelConfig) =>
  run(missingPayments, facts, today, config);

/** Sessions held more than `attendanceGraceDays` ago with no attendance recorded. */
export const scanForSessionsWithoutAttendance = (facts: FactStore, today: string, config: SentinelConfig) =>
  run(heldWithoutAttendance, facts, today, config);

/** Villages whose share of women among trained KPM is below the programme's minimum. */
export const scanForParticipationGaps = (facts: FactStore, today: string, config: SentinelConfig) =>
  run(participationGap, facts, today, config);

export async function runScheduledScans(
  facts: FactStore,
  today: string,
  config: SentinelConfig,
): Promise<AlertCandidate[]> {
  const found: AlertCandidate[] = [];
  for (const rule of SCHEDULED_RULES) found.push(...(await run(rule, facts, today, config)));
  return found;
}
