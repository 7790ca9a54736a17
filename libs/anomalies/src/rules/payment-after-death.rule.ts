import { raise } from '../alert-candidate.js';
import type { Rule } from '../rule.js';
import { kpmScope, kpmsToJudge } from './rule-support.js';

/**
 * Audits found Rp182.1 billion paid to 125,700 people recorded as dead. Judged by dates, not by the
 * order of records: a payment paidOn after the date of death is flagged whether the death was
 * recorded before it or only later (then when the death arrives), and again if a correction moves
 * either date. A payment on the day of death is given the benefit of the doubt.
 */
export const paymentAfterDeath: Rule = {
  code: 'PAYMENT.AFTER_DEATH',
  severity: 'critical',
  explain: {
    id: 'Pembayaran dengan tanggal bayar sesudah tanggal kematian KPM: uang dicairkan atas nama orang yang sudah meninggal.',
    en: "A payment paid on a date after the KPM's date of death: money was drawn in the name of someone who had died.",
  },
  watches: ['payment.paid', 'beneficiary.deceased', 'event.corrected'],
  when: 'after',
  async evaluate(event, facts) {
    const found = [];
    for (const kpm of await kpmsToJudge(event, facts)) {
      const death = kpm.death;
      if (!death) continue;
      for (const paid of kpm.payments.filter((record) => record.paidOn > death.dateOfDeath))
        found.push(
          raise(paymentAfterDeath, {
            identity: [paid.eventId],
            ...kpmScope(kpm),
            evidence: [paid.position, ...paid.corrections, death.position, ...death.corrections],
            details: {
              kpmId: kpm.kpmId,
              paymentId: paid.paymentId,
              period: paid.period,
              amount: paid.amount,
              paidOn: paid.paidOn,
              dateOfDeath: death.dateOfDeath,
            },
          }),
        );
    }
    return found;
  },
};
