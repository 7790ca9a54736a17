import { describe, it } from '@jest/globals';
import type { TrainingEvent, TrainingScheduled } from '@saksi/events';
import { given } from '../testing/given-when-then.js';
import { trainingDecider } from './training.decider.js';

const schedule: TrainingScheduled['data'] = {
  sessionId: 's-1',
  programmeId: 'blt-2024',
  villageCode: '11.01.01.2001',
  topic: 'Bookkeeping for small shops',
  place: 'Balai desa',
  startsAt: '2024-04-02T09:00:00+07:00',
  endsAt: '2024-04-02T12:00:00+07:00',
  capacity: 2,
  trainer: 'Pendamping desa',
};
const scheduled: TrainingEvent = { type: 'training.scheduled', data: schedule };
const attendance = (kpmId: string, sex: 'F' | 'M' = 'F') => ({
  sessionId: 's-1',
  kpmId,
  participant: { sex, birthDate: '1990-01-01' },
  attendedAt: '2024-04-02T09:05:00+07:00',
});
const attended = (kpmId: string): TrainingEvent => ({
  type: 'training.attendance-recorded',
  data: attendance(kpmId),
});
const training = given.bind(null, trainingDecider);

describe('training sessions', () => {
  it('schedules a session', () => {
    training().when({ kind: 'schedule-training', data: schedule }).then([scheduled]);
  });

  it('refuses a session that ends before it starts', () => {
    training()
      .when({ kind: 'schedule-training', data: { ...schedule, endsAt: '2024-04-02T08:00:00+07:00' } })
      .thenRefuses('TRAINING.ENDS_BEFORE_START', 'invalid');
  });

  it('refuses scheduling the same session twice', () => {
    training([scheduled])
      .when({ kind: 'schedule-training', data: schedule })
      .thenRefuses('TRAINING.ALREADY_SCHEDULED');
  });

  it('records attendance above capacity (a fact; the sentinel flags it)', () => {
    training([scheduled, attended('kpm-1'), attended('kpm-2')])
      .when({ kind: 'record-attendance', data: attendance('kpm-3') })
      .then([attended('kpm-3')]);
  });

  it('records two members of one household, but not the same person twice', () => {
    training([scheduled, attended('kpm-1')])
      .when({ kind: 'record-attendance', data: attendance('kpm-1', 'M') })
      .then([{ type: 'training.attendance-recorded', data: attendance('kpm-1', 'M') }]);
    training([scheduled, attended('kpm-1')])
      .when({ kind: 'record-attendance', data: attendance('kpm-1') })
      .thenRefuses('ATTENDANCE.ALREADY_RECORDED', 'conflict');
  });

  it('refuses attendance at a session that was never scheduled', () => {
    training()
      .when({ kind: 'record-attendance', data: attendance('kpm-1') })
      .thenRefuses('TRAINING.NOT_FOUND', 'not-found');
  });

  it('records a session as held once', () => {
    training([scheduled])
      .when({ kind: 'record-training-held', data: { sessionId: 's-1' } })
      .then([{ type: 'training.held', data: { sessionId: 's-1' } }]);
    training([scheduled, { type: 'training.held', data: { sessionId: 's-1' } }])
      .when({ kind: 'record-training-held', data: { sessionId: 's-1' } })
      .thenRefuses('TRAINING.ALREADY_HELD');
  });
});
