import type { GrievanceAnswered, GrievanceEvent, GrievanceFiled } from '@saksi/events';
import type { Decider } from '../decider.js';
import { GrievanceError } from './grievance.errors.js';

export type GrievanceCommand =
  | { kind: 'file-grievance'; data: GrievanceFiled['data'] }
  | { kind: 'answer-grievance'; data: GrievanceAnswered['data'] };

export interface GrievanceState {
  filed: boolean;
  answered: boolean;
  villageCode?: string;
}

export const grievanceDecider: Decider<GrievanceCommand, GrievanceEvent, GrievanceState> = {
  initialState: { filed: false, answered: false },
  evolve(state, event) {
    switch (event.type) {
      case 'grievance.filed':
        return {
          ...state,
          filed: true,
          ...(event.data.villageCode ? { villageCode: event.data.villageCode } : {}),
        };
      case 'grievance.answered':
        return { ...state, answered: true };
      default: {
        const _never: never = event;
        return state;
      }
    }
  },
  decide(command, state) {
    const { grievanceId } = command.data;
    switch (command.kind) {
      case 'file-grievance':
        if (state.filed) throw GrievanceError.alreadyFiled(grievanceId);
        return [{ type: 'grievance.filed', data: command.data }];
      case 'answer-grievance':
        if (!state.filed) throw GrievanceError.notFound(grievanceId);
        if (state.answered) throw GrievanceError.alreadyAnswered(grievanceId);
        return [{ type: 'grievance.answered', data: command.data }];
      default: {
        const _never: never = command;
        return [];
      }
    }
  },
};
