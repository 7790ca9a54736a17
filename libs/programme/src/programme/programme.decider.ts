import type { ProgrammeCreated, ProgrammeRules, VillageAllocationSet } from '@saksi/events';
import type { Decider } from '../decider.js';
import { ProgrammeError } from './programme.errors.js';

export type ProgrammeCommand =
  | { kind: 'create-programme'; data: ProgrammeCreated['data'] }
  /** Set or revise a village's yearly Dana Desa and BLT allocation; the newest one counts. */
  | { kind: 'set-village-allocation'; data: VillageAllocationSet['data'] };

export type ProgrammeEvent = ProgrammeCreated | VillageAllocationSet;

export interface ProgrammeState {
  exists: boolean;
  year?: number;
  rules?: ProgrammeRules;
}

/**
 * A programme's stream holds its creation and its villages' allocations. Allocations outside the
 * year's legal share are recorded (the sentinel flags them); an allocation above the whole fund
 * cannot be true and is refused as malformed.
 */
export const programmeDecider: Decider<ProgrammeCommand, ProgrammeEvent, ProgrammeState> = {
  initialState: { exists: false },
  evolve(state, event) {
    switch (event.type) {
      case 'programme.created':
        return { exists: true, year: event.data.year, rules: event.data.rules };
      case 'programme.village-allocation-set':
        return state;
      default: {
        const _never: never = event;
        return state;
      }
    }
  },
  decide(command, state) {
    switch (command.kind) {
      case 'create-programme': {
        if (state.exists) throw ProgrammeError.alreadyExists(command.data.programmeId);
        const { allocationShareMin: min, allocationShareMax: max } = command.data.rules;
        if (min !== null && max !== null && min > max) throw ProgrammeError.shareRangeInverted(min, max);
        return [{ type: 'programme.created', data: command.data }];
      }
      case 'set-village-allocation': {
        const { programmeId, villageCode, allocation, danaDesa, year } = command.data;
        if (!state.exists) throw ProgrammeError.notFound(programmeId);
        if (state.year !== year) throw ProgrammeError.yearMismatch(state.year ?? 0, year);
        if (allocation > danaDesa)
          throw ProgrammeError.allocationAboveFund(villageCode, allocation, danaDesa);
        return [{ type: 'programme.village-allocation-set', data: command.data }];
      }
      default: {
        const _never: never = command;
        return [];
      }
    }
  },
};
