import { z } from 'zod';
import { defineEvent, type Event } from '../event.js';
import { shortText } from '../shared/fields.schema.js';

/**
 * Nothing is edited: a correction is a new event on the same stream that names the event it corrects
 * and the fields it puts right. Projections apply it; the original stays visible in the history.
 */
const correction = {
  correctsEventId: z.uuid(),
  correctsType: z.string().min(1).max(100),
  reason: shortText,
};
/** The corrected fields of the original event's data, with their right values. */
const correctedFields = z.record(z.string().min(1).max(100), z.unknown());

export const eventCorrected = defineEvent(
  'event.corrected',
  1,
  z.strictObject({
    ...correction,
    fields: correctedFields.refine((fields) => Object.keys(fields).length > 0, {
      message: 'name at least one field to correct',
    }),
  }),
  // A correction of personal fields only has none left once its family's data is erased.
  z.strictObject({ ...correction, fields: correctedFields }),
);

export type EventCorrected = Event<'event.corrected', z.infer<typeof eventCorrected.schema>>;
