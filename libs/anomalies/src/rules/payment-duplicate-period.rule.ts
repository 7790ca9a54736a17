import { raise } from '../alert-candidate.js';
import { livePayments } from '../facts/kpm-timeline.js';
import type { Rule } from '../rule.js';
import { kpmScope, kpmsToJudge } from './rule-support.js';

/**
 * A KPM receives one monthly amount per month (domain.md): two payments counting at once for one
 * period, under two payment ids or the same id paid twice, pay the month twice. Each payment is judged
 * as of its own position, so a payment reversed before the month was paid again is no duplicate.
 */
export const paymentDuplicatePeriod: Rule = {
  code: 'PAYMENT.DUPLICATE_PERIOD',
  severity: 'high',
  explain: {
    id: 'Dua pembayaran untuk KPM dan bulan yang sama: bantuan bulan itu dibayar dua kali.',
    en: "Two payments for the same KPM and month: that month's assistance was paid twice.",
  },
  watches: ['payment.paid', 'event.corrected'],
  when: 'after',
  async evaluate(event, facts) {
    const found = [];
    for (const kpm of await kpmsToJudge(event, facts))
      for (const paid of kpm.payments) {
        const same = livePayments(kpm, paid.position).filter((other) => other.period === paid.period);
        if (same.length < 2) continue;
        found.push(
          raise(paymentDuplicatePeriod, {
            identity: [kpm.kpmId, paid.period],
            ...kpmScope(kpm),
            evidence: same.flatMap((other) => [other.position, ...other.corrections]),
            details: {
              kpmId: kpm.kpmId,
              period: paid.period,
              payments: same.length,
              paymentIds: [...new Set(same.map((other) => other.paymentId))].join(','),
              total: same.reduce((sum, other) => sum + other.amount, 0),
            },
          }),
        );
      }
    return found;
  },
};
