import type { BeneficiaryEvent, PaymentEvent } from '@saksi/events';

export type KpmStatus =
  'none' | 'registered' | 'verified' | 'approved' | 'rejected' | 'suspended' | 'exited' | 'deceased';

export interface PaymentRecord {
  period: string;
  due: boolean;
  paid: boolean;
  failed: boolean;
  reversed: boolean;
}

export interface KpmState {
  status: KpmStatus;
  /** Set at registration: whose operators may write for this family. */
  villageCode?: string;
  /** By payment id: what has been recorded of each payment. */
  payments: Readonly<Record<string, PaymentRecord>>;
}

export type KpmEvent = BeneficiaryEvent | PaymentEvent;

export const initialKpmState: KpmState = { status: 'none', payments: {} };

const blankPayment = (period: string): PaymentRecord => ({
  period,
  due: false,
  paid: false,
  failed: false,
  reversed: false,
});

export function evolveKpm(state: KpmState, event: KpmEvent): KpmState {
  switch (event.type) {
    case 'beneficiary.registered':
      return { ...state, status: 'registered', villageCode: event.data.villageCode };
    case 'beneficiary.verified':
      return { ...state, status: 'verified' };
    case 'beneficiary.approved':
      return { ...state, status: 'approved' };
    case 'beneficiary.rejected':
      return { ...state, status: 'rejected' };
    case 'beneficiary.suspended':
      return { ...state, status: 'suspended' };
    case 'beneficiary.reinstated':
      return { ...state, status: 'approved' };
    case 'beneficiary.exited':
      return { ...state, status: 'exited' };
    case 'beneficiary.deceased':
      return { ...state, status: 'deceased' };
    case 'payment.due':
      return withPayment(state, event.data.paymentId, event.data.period, { due: true });
    case 'payment.paid':
      return withPayment(state, event.data.paymentId, event.data.period, { paid: true });
    case 'payment.failed':
      return withPayment(state, event.data.paymentId, event.data.period, { failed: true });
    case 'payment.reversed':
      return withPayment(state, event.data.paymentId, event.data.period, { reversed: true });
    default: {
      const _never: never = event;
      return state;
    }
  }
}

function withPayment(
  state: KpmState,
  paymentId: string,
  period: string,
  change: Partial<PaymentRecord>,
): KpmState {
  const current = state.payments[paymentId] ?? blankPayment(period);
  return { ...state, payments: { ...state.payments, [paymentId]: { ...current, ...change } } };
}
