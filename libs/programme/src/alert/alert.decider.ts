import type {
  AlertAcknowledged,
  AlertDismissed,
  AlertEscalated,
  AlertEvent,
  AlertRaised,
  AlertResolved,
} from '@saksi/events';
import type { Decider } from '../decider.js';
import { AlertError } from './alert.errors.js';

export type AlertCommand =
  | { kind: 'raise-alert'; data: AlertRaised['data'] }
  | { kind: 'acknowledge-alert'; data: AlertAcknowledged['data'] }
  | { kind: 'dismiss-alert'; data: AlertDismissed['data'] }
  | { kind: 'escalate-alert'; data: AlertEscalated['data'] }
  | { kind: 'resolve-alert'; data: AlertResolved['data'] };

export type AlertStatus = 'none' | 'open' | 'acknowledged' | 'dismissed' | 'resolved';

export interface AlertState {
  status: AlertStatus;
  /** 0 where it was raised; each escalation passes it one level up. */
  level: number;
  villageCode: string | null;
}

/**
 * An alert's triage: raised once; acknowledged; escalated to higher levels; closed by dismissal
 * (with a reason) or resolution. Every step is an event, so oversight can audit the auditors.
 */
export const alertDecider: Decider<AlertCommand, AlertEvent, AlertState> = {
  initialState: { status: 'none', level: 0, villageCode: null },
  evolve(state, event) {
    switch (event.type) {
      case 'alert.raised':
        return { ...state, status: 'open', villageCode: event.data.villageCode };
      case 'alert.acknowledged':
        return { ...state, status: 'acknowledged' };
      case 'alert.escalated':
        return { ...state, level: event.data.level };
      case 'alert.dismissed':
        return { ...state, status: 'dismissed' };
      case 'alert.resolved':
        return { ...state, status: 'resolved' };
      default: {
        const _never: never = event;
        return state;
      }
    }
  },
  decide(command, state) {
    const { alertId } = command.data;
    if (command.kind === 'raise-alert')
      // Raising is idempotent by the alert's derived id; a second raise changes nothing.
      return state.status === 'none' ? [{ type: 'alert.raised', data: command.data }] : [];
    if (state.status === 'none') throw AlertError.notFound(alertId);
    if (state.status === 'dismissed' || state.status === 'resolved')
      throw AlertError.closed(alertId, state.status);
    switch (command.kind) {
      case 'acknowledge-alert':
        if (state.status === 'acknowledged') throw AlertError.alreadyAcknowledged(alertId);
        return [{ type: 'alert.acknowledged', data: command.data }];
      case 'escalate-alert':
        if (command.data.level <= state.level)
          throw AlertError.escalationNotHigher(alertId, command.data.level, state.level);
        return [{ type: 'alert.escalated', data: command.data }];
      case 'dismiss-alert':
        return [{ type: 'alert.dismissed', data: command.data }];
      case 'resolve-alert':
        return [{ type: 'alert.resolved', data: command.data }];
      default: {
        const _never: never = command;
        return [];
      }
    }
  },
};
