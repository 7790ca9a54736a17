import type { Decider } from '../decider.js';
import type { KpmCommand, KpmDecision, KpmFact } from './kpm.commands.js';
import { KpmError } from './kpm.errors.js';
import { evolveKpm, type KpmEvent, initialKpmState, type KpmState, type KpmStatus } from './kpm.state.js';

/** Where each decision may be taken from, and the status it leads to. */
const transitions: Record<Exclude<KpmDecision['kind'], 'register'>, { from: KpmStatus[]; to: KpmStatus }> = {
  verify: { from: ['registered'], to: 'verified' },
  approve: { from: ['registered', 'verified'], to: 'approved' },
  reject: { from: ['registered', 'verified'], to: 'rejected' },
  suspend: { from: ['approved'], to: 'suspended' },
  reinstate: { from: ['suspended'], to: 'approved' },
  exit: { from: ['approved', 'suspended'], to: 'exited' },
};

export const kpmDecider: Decider<KpmCommand, KpmEvent, KpmState> = {
  initialState: initialKpmState,
  evolve: evolveKpm,
  decide(command, state) {
    if (command.kind === 'register') {
      if (state.status !== 'none') throw KpmError.alreadyRegistered(command.data.kpmId);
      return [{ type: 'beneficiary.registered', data: command.data }];
    }
    if (state.status === 'none') throw KpmError.notFound(command.data.kpmId);
    return isFact(command) ? recordFact(command, state) : decideTransition(command, state);
  },
};

function isFact(command: KpmCommand): command is KpmFact {
  return command.kind.startsWith('record-');
}

function decideTransition(command: Exclude<KpmDecision, { kind: 'register' }>, state: KpmState): KpmEvent[] {
  const { from, to } = transitions[command.kind];
  if (!from.includes(state.status)) {
    if (state.status === to) throw KpmError.alreadyInStatus(command.data.kpmId, to);
    throw KpmError.transitionRefused(command.data.kpmId, command.kind, state.status);
  }
  switch (command.kind) {
    case 'verify':
      return [{ type: 'beneficiary.verified', data: command.data }];
    case 'approve':
      return [{ type: 'beneficiary.approved', data: command.data }];
    case 'reject':
      return [{ type: 'beneficiary.rejected', data: command.data }];
    case 'suspend':
      return [{ type: 'beneficiary.suspended', data: command.data }];
    case 'reinstate':
      return [{ type: 'beneficiary.reinstated', data: command.data }];
    case 'exit':
      return [{ type: 'beneficiary.exited', data: command.data }];
    default: {
      const _never: never = command;
      return [];
    }
  }
}

/**
 * Facts are recorded even when they break a programme rule (a payment to a suspended family, a
 * payment after death): hiding them would blind the audit, and the sentinel turns them into alerts.
 * Only a repeat of the same record, or a reference to a payment that does not fit, is refused.
 */
function recordFact(command: KpmFact, state: KpmState): KpmEvent[] {
  const { kpmId } = command.data;
  switch (command.kind) {
    case 'record-death':
      if (state.status === 'deceased') throw KpmError.alreadyInStatus(kpmId, 'deceased');
      return [{ type: 'beneficiary.deceased', data: command.data }];
    case 'record-payment-due':
      assertPaymentFits(state, command.data, 'due');
      return [{ type: 'payment.due', data: command.data }];
    case 'record-payment':
      assertPaymentFits(state, command.data, 'paid');
      return [{ type: 'payment.paid', data: command.data }];
    case 'record-payment-failure':
      assertPaymentFits(state, command.data, 'failed');
      return [{ type: 'payment.failed', data: command.data }];
    case 'record-payment-reversal': {
      assertPaymentFits(state, command.data, 'reversed');
      if (!state.payments[command.data.paymentId]?.paid)
        throw KpmError.paymentNotPaid(kpmId, command.data.paymentId);
      return [{ type: 'payment.reversed', data: command.data }];
    }
    default: {
      const _never: never = command;
      return [];
    }
  }
}

function assertPaymentFits(
  state: KpmState,
  data: { kpmId: string; paymentId: string; period: string },
  what: 'due' | 'paid' | 'failed' | 'reversed',
): void {
  const existing = state.payments[data.paymentId];
  if (!existing) return;
  if (existing.period !== data.period)
    throw KpmError.periodMismatch(data.kpmId, data.paymentId, existing.period, data.period);
  if (existing[what]) throw KpmError.paymentAlreadyRecorded(data.kpmId, data.paymentId, what);
}
