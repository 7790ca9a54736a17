import { type AlertCandidate, raise } from '../alert-candidate.js';
import { livePayments } from '../facts/kpm-timeline.js';
import type { Rule } from '../rule.js';
import { KPM_PAYMENT_EVENTS, kpmScope, kpmsToJudge, programmeOf } from './rule-support.js';

/**
 * A KPM receives at most `maxMonthsPerYear` monthly amounts a calendar year (12 for BLT-DD; fewer
 * where a year's regulation says so). Counted as distinct months paid, as of each payment, so the
 * verdict does not depend on when the programme's rules arrived.
 */
export const paymentTooManyMonths: Rule = {
  code: 'PAYMENT.TOO_MANY_MONTHS',
  severity: 'high',
  explain: {
    id: 'KPM dibayar untuk lebih banyak bulan dalam setahun daripada yang diizinkan program: ada bulan yang tidak menjadi haknya.',
    en: 'A KPM was paid for more months in a year than the programme allows: some of those months were not due.',
  },
  watches: KPM_PAYMENT_EVENTS,
  when: 'after',
  async evaluate(event, facts) {
    const found: AlertCandidate[] = [];
    for (const kpm of await kpmsToJudge(event, facts)) {
      const programme = await programmeOf(kpm, facts);
      if (!programme) continue; // judged when programme.created arrives
      const { maxMonthsPerYear } = programme.rules;
      for (const paid of kpm.payments) {
        const year = paid.period.slice(0, 4);
        const inYear = livePayments(kpm, paid.position).filter((other) => other.period.startsWith(year));
        const months = new Set(inYear.map((other) => other.period)).size;
        if (months <= maxMonthsPerYear) continue;
        found.push(
          raise(paymentTooManyMonths, {
            identity: [kpm.kpmId, year],
            ...kpmScope(kpm),
            evidence: [
              ...inYear.flatMap((other) => [other.position, ...other.corrections]),
              programme.position,
            ],
            details: { kpmId: kpm.kpmId, year: Number(year), months, maxMonthsPerYear },
          }),
        );
      }
    }
    return found;
  },
};
