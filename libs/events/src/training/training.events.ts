import { z } from 'zod';
import { defineEvent, type Event } from '../event.js';
import { calendarDate, entityId, instant, sex, shortText, villageCode } from '../shared/fields.schema.js';

const session = { sessionId: entityId };

export const trainingScheduled = defineEvent(
  'training.scheduled',
  1,
  z.strictObject({
    ...session,
    programmeId: entityId,
    villageCode,
    topic: shortText,
    place: shortText,
    startsAt: instant,
    endsAt: instant,
    capacity: z.int().min(1).max(10_000),
    trainer: shortText,
  }),
);

export const trainingHeld = defineEvent(
  'training.held',
  1,
  z.strictObject({ ...session, note: shortText.optional() }),
);

/** Who attended, by household and by the person's sex and birth date (for the participation gap). */
export const attendanceRecorded = defineEvent(
  'training.attendance-recorded',
  1,
  z.strictObject({
    ...session,
    kpmId: entityId,
    participant: z.strictObject({ sex, birthDate: calendarDate.optional() }),
    attendedAt: instant,
  }),
);

type Data<D extends { schema: z.ZodType }> = z.infer<D['schema']>;
export type TrainingScheduled = Event<'training.scheduled', Data<typeof trainingScheduled>>;
export type TrainingHeld = Event<'training.held', Data<typeof trainingHeld>>;
export type AttendanceRecorded = Event<'training.attendance-recorded', Data<typeof attendanceRecorded>>;
export type TrainingEvent = TrainingScheduled | TrainingHeld | AttendanceRecorded;
