import type { BeneficiaryRegistered } from '@saksi/events';
import type { KpmEvent } from '../kpm/kpm.state.js';

export const registration: BeneficiaryRegistered['data'] = {
  kpmId: 'kpm-1',
  programmeId: 'blt-2024',
  villageCode: '11.01.01.2001',
  head: { name: 'Siti Aminah', nik: '1101014507800001', sex: 'F', birthDate: '1980-07-05' },
  members: [],
  sourceList: 'P3KE',
  otherAid: [],
};

export const registered: KpmEvent = { type: 'beneficiary.registered', data: registration };
export const verified: KpmEvent = { type: 'beneficiary.verified', data: { kpmId: 'kpm-1' } };
export const approved: KpmEvent = {
  type: 'beneficiary.approved',
  data: { kpmId: 'kpm-1', musdesRef: 'BA-MUSDES/03/2024', musdesDate: '2024-02-10' },
};
export const suspended: KpmEvent = {
  type: 'beneficiary.suspended',
  data: { kpmId: 'kpm-1', reason: 'moved away' },
};
export const deceased: KpmEvent = {
  type: 'beneficiary.deceased',
  data: { kpmId: 'kpm-1', dateOfDeath: '2024-05-01' },
};

export const paid = (paymentId = 'pay-2024-03', period = '2024-03'): KpmEvent => ({
  type: 'payment.paid',
  data: {
    kpmId: 'kpm-1',
    paymentId,
    period,
    amount: 300_000,
    channel: 'post-office',
    reference: 'PO-1',
    paidOn: '2024-03-15',
  },
});
