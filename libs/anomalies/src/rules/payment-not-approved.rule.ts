import { raise } from '../alert-candidate.js';
import { currentStatus } from '../facts/kpm-timeline.js';
import { readKpm } from '../facts/kpm.fact.js';
import type { Rule } from '../rule.js';
import { dataOf } from '../sentinel-event.js';
import { kpmScope } from './rule-support.js';

/**
 * Money is due only to a family the village deliberation approved and that is still in the
 * programme. Judged before the payment's facts are recorded: the KPM's status then is its status when
 * paid (its events share one ordered stream). A deceased KPM is left to PAYMENT.AFTER_DEATH, which
 * judges by the date of death: a payment made before the death may be recorded after it.
 */
export const paymentNotApproved: Rule = {
  code: 'PAYMENT.NOT_APPROVED',
  severity: 'high',
  explain: {
    id: 'Pembayaran kepada KPM yang saat dibayar belum disetujui Musdes, sedang ditangguhkan, atau sudah keluar: uang mengalir ke keluarga yang saat itu tidak berhak.',
    en: 'A payment to a KPM that, when paid, was not approved by the Musdes, was suspended or had exited: money went to a family not entitled at that time.',
  },
  watches: ['payment.paid'],
  when: 'before',
  async evaluate(event, facts) {
    const paid = dataOf(event, 'payment.paid')!;
    const kpm = await readKpm(facts, paid.kpmId);
    const { status, position } = currentStatus(kpm);
    if (status === 'approved' || status === 'deceased') return [];
    return [
      raise(paymentNotApproved, {
        identity: [event.eventId],
        ...kpmScope(kpm),
        evidence: position === null ? [event.position] : [event.position, position],
        details: {
          kpmId: paid.kpmId,
          paymentId: paid.paymentId,
          period: paid.period,
          amount: paid.amount,
          paidOn: paid.paidOn,
          status,
        },
      }),
    ];
  },
};
