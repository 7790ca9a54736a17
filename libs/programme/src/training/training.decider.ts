import type { AttendanceRecorded, TrainingEvent, TrainingHeld, TrainingScheduled } from '@saksi/events';
import type { Decider } from '../decider.js';
import { TrainingError } from './training.errors.js';

export type TrainingCommand =
  | { kind: 'schedule-training'; data: TrainingScheduled['data'] }
  | { kind: 'record-training-held'; data: TrainingHeld['data'] }
  | { kind: 'record-attendance'; data: AttendanceRecorded['data'] };

export interface TrainingState {
  scheduled: boolean;
  held: boolean;
  villageCode?: string;
  /** One key per person who attended (household + sex + birth date), to refuse a repeated record. */
  attendees: ReadonlySet<string>;
}

const attendeeKey = (data: AttendanceRecorded['data']) =>
  `${data.kpmId}|${data.participant.sex}|${data.participant.birthDate ?? ''}`;

/** Attendance above capacity or before the session is held is a fact: recorded, and flagged later. */
export const trainingDecider: Decider<TrainingCommand, TrainingEvent, TrainingState> = {
  initialState: { scheduled: false, held: false, attendees: new Set() },
  evolve(state, event) {
    switch (event.type) {
      case 'training.scheduled':
        return { ...state, scheduled: true, villageCode: event.data.villageCode };
      case 'training.held':
        return { ...state, held: true };
      case 'training.attendance-recorded':
        return { ...state, attendees: new Set([...state.attendees, attendeeKey(event.data)]) };
      default: {
        const _never: never = event;
        return state;
      }
    }
  },
  decide(command, state) {
    const { sessionId } = command.data;
    if (command.kind === 'schedule-training') {
      if (state.scheduled) throw TrainingError.alreadyScheduled(sessionId);
      if (Date.parse(command.data.endsAt) <= Date.parse(command.data.startsAt))
        throw TrainingError.endsBeforeStart(sessionId);
      return [{ type: 'training.scheduled', data: command.data }];
    }
    if (!state.scheduled) throw TrainingError.notFound(sessionId);
    switch (command.kind) {
      case 'record-training-held':
        if (state.held) throw TrainingError.alreadyHeld(sessionId);
        return [{ type: 'training.held', data: command.data }];
      case 'record-attendance':
        if (state.attendees.has(attendeeKey(command.data)))
          throw TrainingError.attendanceRepeated(sessionId, command.data.kpmId);
        return [{ type: 'training.attendance-recorded', data: command.data }];
      default: {
        const _never: never = command;
        return [];
      }
    }
  },
};
