import type { FindingRecorded } from '@saksi/events';
import { SaksiError } from '@saksi/errors';
import type { Decider } from '../decider.js';

export class FindingError extends SaksiError {
  static alreadyRecorded(findingId: string): FindingError {
    return new FindingError(
      'FINDING.ALREADY_RECORDED',
      'conflict',
      { id: `Temuan ${findingId} sudah tercatat.`, en: `Finding ${findingId} is already recorded.` },
      { findingId },
    );
  }
}

export type FindingCommand = { kind: 'record-finding'; data: FindingRecorded['data'] };

export const findingDecider: Decider<FindingCommand, FindingRecorded, { recorded: boolean }> = {
  initialState: { recorded: false },
  evolve: () => ({ recorded: true }),
  decide(command, state) {
    if (state.recorded) throw FindingError.alreadyRecorded(command.data.findingId);
    return [{ type: 'finding.recorded', data: command.data }];
  },
};
