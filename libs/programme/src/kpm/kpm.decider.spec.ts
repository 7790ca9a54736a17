import { describe, it } from '@jest/globals';
import { given } from '../testing/given-when-then.js';
import {
  approved,
  deceased,
  paid,
  registered,
  registration,
  suspended,
  verified,
} from '../testing/kpm-fixtures.js';
import { kpmDecider } from './kpm.decider.js';

const kpm = given.bind(null, kpmDecider);
const approve = {
  kind: 'approve' as const,
  data: { kpmId: 'kpm-1', musdesRef: 'BA/2024', musdesDate: '2024-02-10' },
};
const payment = paid().data as Extract<ReturnType<typeof paid>, { type: 'payment.paid' }>['data'];

describe('KPM decisions', () => {
  it('registers a new family', () => {
    kpm().when({ kind: 'register', data: registration }).then([registered]);
  });

  it('refuses to register the same KPM twice', () => {
    kpm([registered])
      .when({ kind: 'register', data: registration })
      .thenRefuses('KPM.ALREADY_REGISTERED', 'conflict');
  });

  it('refuses any decision about a KPM that is not registered', () => {
    kpm().when(approve).thenRefuses('KPM.NOT_FOUND', 'not-found');
  });

  it('approves a verified KPM with its Musdes reference', () => {
    kpm([registered, verified])
      .when(approve)
      .then([{ type: 'beneficiary.approved', data: approve.data }]);
  });

  it('approves straight from registration (verification may happen at the Musdes itself)', () => {
    kpm([registered])
      .when(approve)
      .then([{ type: 'beneficiary.approved', data: approve.data }]);
  });

  it('records an approval without a Musdes reference: the sentinel flags it, the operator is not blocked', () => {
    kpm([registered])
      .when({ kind: 'approve', data: { kpmId: 'kpm-1' } })
      .then([{ type: 'beneficiary.approved', data: { kpmId: 'kpm-1' } }]);
  });

  it('answers a repeated approval as already done', () => {
    kpm([registered, approved]).when(approve).thenRefuses('KPM.ALREADY_DONE', 'conflict');
  });

  it('refuses to approve a deceased KPM', () => {
    kpm([registered, deceased]).when(approve).thenRefuses('KPM.TRANSITION_REFUSED', 'rule');
  });

  it('refuses to suspend a KPM that was never approved', () => {
    kpm([registered])
      .when({ kind: 'suspend', data: { kpmId: 'kpm-1', reason: 'x' } })
      .thenRefuses('KPM.TRANSITION_REFUSED');
  });

  it('reinstates a suspended KPM', () => {
    kpm([registered, approved, suspended])
      .when({ kind: 'reinstate', data: { kpmId: 'kpm-1' } })
      .then([{ type: 'beneficiary.reinstated', data: { kpmId: 'kpm-1' } }]);
  });
});

describe('KPM facts from the field', () => {
  it('records a payment to a suspended KPM (the breach becomes an alert, not a refusal)', () => {
    kpm([registered, approved, suspended]).when({ kind: 'record-payment', data: payment }).then([paid()]);
  });

  it('records a payment after death', () => {
    kpm([registered, approved, deceased]).when({ kind: 'record-payment', data: payment }).then([paid()]);
  });

  it('records a second payment for the same month under another payment id', () => {
    const second = { ...payment, paymentId: 'pay-2024-03-b' };
    kpm([registered, approved, paid()])
      .when({ kind: 'record-payment', data: second })
      .then([paid('pay-2024-03-b')]);
  });

  it('refuses the same payment recorded twice', () => {
    kpm([registered, approved, paid()])
      .when({ kind: 'record-payment', data: payment })
      .thenRefuses('PAYMENT.ALREADY_RECORDED', 'conflict');
  });

  it('refuses a payment id reused for another month', () => {
    kpm([registered, approved, paid()])
      .when({
        kind: 'record-payment-failure',
        data: { kpmId: 'kpm-1', paymentId: 'pay-2024-03', period: '2024-04', reason: 'closed' },
      })
      .thenRefuses('PAYMENT.PERIOD_MISMATCH', 'invalid');
  });

  it('reverses only a payment recorded as paid', () => {
    const reversal = {
      kpmId: 'kpm-1',
      paymentId: 'pay-2024-03',
      period: '2024-03',
      amount: 300_000,
      reason: 'taken back',
    };
    kpm([registered, approved])
      .when({ kind: 'record-payment-reversal', data: reversal })
      .thenRefuses('PAYMENT.NOT_PAID');
    kpm([registered, approved, paid()])
      .when({ kind: 'record-payment-reversal', data: reversal })
      .then([{ type: 'payment.reversed', data: reversal }]);
  });

  it('refuses a payment for a KPM that does not exist', () => {
    kpm().when({ kind: 'record-payment', data: payment }).thenRefuses('KPM.NOT_FOUND');
  });

  it('records a death once', () => {
    kpm([registered, approved])
      .when({ kind: 'record-death', data: { kpmId: 'kpm-1', dateOfDeath: '2024-05-01' } })
      .then([deceased]);
    kpm([registered, deceased])
      .when({ kind: 'record-death', data: { kpmId: 'kpm-1', dateOfDeath: '2024-05-01' } })
      .thenRefuses('KPM.ALREADY_DONE');
  });
});
