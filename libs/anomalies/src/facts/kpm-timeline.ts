import type { KpmFact, KpmStatus, PaidRecord } from './kpm.fact.js';

/** The status now, and the position of the event that set it ('unregistered' has none). */
export function currentStatus(kpm: KpmFact): { status: KpmStatus | 'unregistered'; position: number | null } {
  return kpm.statuses.at(-1) ?? { status: 'unregistered', position: null };
}

/**
 * The payments that counted just after `position` (all of them now, by default): paid by then and
 * not yet reversed. Judging a payment as of its own position makes the verdict independent of when
 * the sentinel happened to learn the programme's rules.
 */
export const livePayments = (kpm: KpmFact, position = Number.POSITIVE_INFINITY): PaidRecord[] =>
  kpm.payments.filter(
    (paid) => paid.position <= position && (paid.reversedAt === null || paid.reversedAt > position),
  );
