import { describe, expect, it } from '@jest/globals';
import { SaksiError } from '@saksi/errors';
import { catalogue, type Event } from '@saksi/events';
import fc from 'fast-check';
import { type Decider, fold } from './decider.js';
import { type GrievanceCommand, grievanceDecider } from './grievance/grievance.decider.js';
import { bltDdRules } from './programme/blt-dd-rules.js';
import { type ProgrammeCommand, programmeDecider } from './programme/programme.decider.js';
import { type TrainingCommand, trainingDecider } from './training/training.decider.js';

/**
 * Runs a random command sequence through a decider and through an independent model of what it must
 * accept. Every refusal must be a SaksiError, and every event it emits must fit the catalogue.
 */
function agreesWithModel<C, E extends Event, S, M>(
  decider: Decider<C, E, S>,
  commands: C[],
  model: { initial: M; accepts(model: M, command: C): boolean; after(model: M, command: C): M },
): void {
  const history: E[] = [];
  let state = model.initial;
  for (const command of commands) {
    let produced: E[] | undefined;
    try {
      produced = decider.decide(command, fold(decider, history));
    } catch (error) {
      expect(error).toBeInstanceOf(SaksiError);
    }
    expect(produced !== undefined).toBe(model.accepts(state, command));
    if (produced) {
      for (const event of produced) expect(() => catalogue.validate(event)).not.toThrow();
      history.push(...produced);
      state = model.after(state, command);
    }
  }
}

const sessionId = 's-1';
const trainingCommand: fc.Arbitrary<TrainingCommand> = fc.oneof(
  fc.boolean().map<TrainingCommand>((valid) => ({
    kind: 'schedule-training',
    data: {
      sessionId,
      programmeId: 'blt-2024',
      villageCode: '11.01.01.2001',
      topic: 'Pembukuan',
      place: 'Balai desa',
      startsAt: '2024-04-02T09:00:00+07:00',
      endsAt: valid ? '2024-04-02T12:00:00+07:00' : '2024-04-02T08:00:00+07:00',
      capacity: 2,
      trainer: 'Pendamping',
    },
  })),
  fc.constant<TrainingCommand>({ kind: 'record-training-held', data: { sessionId } }),
  fc
    .record({
      kpm: fc.constantFrom('kpm-1', 'kpm-2', 'kpm-3'),
      sex: fc.constantFrom('F' as const, 'M' as const),
    })
    .map<TrainingCommand>(({ kpm, sex }) => ({
      kind: 'record-attendance',
      data: { sessionId, kpmId: kpm, participant: { sex }, attendedAt: '2024-04-02T09:05:00+07:00' },
    })),
);

const grievanceCommand: fc.Arbitrary<GrievanceCommand> = fc.constantFrom<GrievanceCommand>(
  {
    kind: 'file-grievance',
    data: {
      grievanceId: 'g-1',
      trackingCode: 'AB12-CD34',
      category: 'payment',
      text: 'Belum menerima bantuan.',
      anonymous: true,
      answerDueBy: '2024-04-15',
    },
  },
  { kind: 'answer-grievance', data: { grievanceId: 'g-1', answer: 'Sudah ditindaklanjuti.' } },
);

const programmeCommand: fc.Arbitrary<ProgrammeCommand> = fc.oneof(
  fc.constant<ProgrammeCommand>({
    kind: 'create-programme',
    data: {
      programmeId: 'blt-2024',
      kind: 'BLT-DD',
      name: 'BLT-DD 2024',
      year: 2024,
      rules: bltDdRules(2024),
    },
  }),
  fc
    .record({
      year: fc.constantFrom(2024, 2025),
      danaDesa: fc.integer({ min: 1, max: 1_000 }),
      allocation: fc.integer({ min: 1, max: 1_000 }),
    })
    .map<ProgrammeCommand>(({ year, danaDesa, allocation }) => ({
      kind: 'set-village-allocation',
      data: {
        programmeId: 'blt-2024',
        villageCode: '11.01.01.2001',
        year,
        danaDesa: danaDesa * 1_000_000,
        allocation: allocation * 1_000_000,
      },
    })),
);

describe('deciders against models, over random command sequences', () => {
  it('training: a session is scheduled once with a sane time, held once, and each person attends once', () => {
    fc.assert(
      fc.property(fc.array(trainingCommand, { maxLength: 30 }), (commands) =>
        agreesWithModel(trainingDecider, commands, {
          initial: { scheduled: false, held: false, attendees: new Set<string>() },
          accepts: (m, c) =>
            c.kind === 'schedule-training'
              ? !m.scheduled && c.data.endsAt > c.data.startsAt
              : c.kind === 'record-training-held'
                ? m.scheduled && !m.held
                : m.scheduled && !m.attendees.has(`${c.data.kpmId}|${c.data.participant.sex}`),
          after: (m, c) =>
            c.kind === 'schedule-training'
              ? { ...m, scheduled: true }
              : c.kind === 'record-training-held'
                ? { ...m, held: true }
                : { ...m, attendees: new Set([...m.attendees, `${c.data.kpmId}|${c.data.participant.sex}`]) },
        }),
      ),
      { numRuns: 300 },
    );
  });

  it('grievances: filed once, answered once and only after filing', () => {
    fc.assert(
      fc.property(fc.array(grievanceCommand, { maxLength: 10 }), (commands) =>
        agreesWithModel(grievanceDecider, commands, {
          initial: { filed: false, answered: false },
          accepts: (m, c) => (c.kind === 'file-grievance' ? !m.filed : m.filed && !m.answered),
          after: (m, c) => (c.kind === 'file-grievance' ? { ...m, filed: true } : { ...m, answered: true }),
        }),
      ),
      { numRuns: 200 },
    );
  });

  it('programmes: created once; allocations for its year, never above the whole fund', () => {
    fc.assert(
      fc.property(fc.array(programmeCommand, { maxLength: 20 }), (commands) =>
        agreesWithModel(programmeDecider, commands, {
          initial: { exists: false },
          accepts: (m, c) =>
            c.kind === 'create-programme'
              ? !m.exists
              : m.exists && c.data.year === 2024 && c.data.allocation <= c.data.danaDesa,
          after: (m, c) => (c.kind === 'create-programme' ? { exists: true } : m),
        }),
      ),
      { numRuns: 300 },
    );
  });
});
