import { type AlertCandidate, raise } from '../alert-candidate.js';
import type { Rule } from '../rule.js';
import { KPM_PAYMENT_EVENTS, kpmScope, kpmsToJudge, programmeOf } from './rule-support.js';

/**
 * A period is one month, so a payment's entitlement is the programme's monthly amount for its year
 * (Rp300,000 for BLT-DD since 2021). Less is money kept back, more is money not due; a quarter paid
 * at once is recorded as three monthly payments. Reversed payments are judged too: the wrong amount
 * was paid all the same, and the verdict must not depend on when the programme's rules arrived.
 */
export const paymentAmountMismatch: Rule = {
  code: 'PAYMENT.AMOUNT_MISMATCH',
  severity: 'medium',
  explain: {
    id: 'Jumlah yang dibayarkan berbeda dari hak bulanan KPM menurut aturan program tahun itu: ada potongan atau kelebihan bayar.',
    en: "The amount paid differs from the KPM's monthly entitlement under that year's programme rules: money was withheld or overpaid.",
  },
  watches: KPM_PAYMENT_EVENTS,
  when: 'after',
  async evaluate(event, facts) {
    const found: AlertCandidate[] = [];
    for (const kpm of await kpmsToJudge(event, facts)) {
      const programme = await programmeOf(kpm, facts);
      if (!programme) continue; // judged when programme.created arrives
      const entitlement = programme.rules.monthlyAmount;
      for (const paid of kpm.payments.filter((record) => record.amount !== entitlement))
        found.push(
          raise(paymentAmountMismatch, {
            identity: [paid.eventId],
            ...kpmScope(kpm),
            evidence: [paid.position, ...paid.corrections, programme.position],
            details: {
              kpmId: kpm.kpmId,
              paymentId: paid.paymentId,
              period: paid.period,
              amount: paid.amount,
              entitlement,
              difference: paid.amount - entitlement,
            },
          }),
        );
    }
    return found;
  },
};
