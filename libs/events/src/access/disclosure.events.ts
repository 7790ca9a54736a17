import { z } from 'zod';
import { defineEvent, type Event } from '../event.js';
import { entityId, shortText } from '../shared/fields.schema.js';

/**
 * Someone was shown a family's personal data in full (name, NIK). Recorded before the data is sent,
 * on the family's own disclosure stream, so oversight can see who looked at whom, and why.
 */
export const personalDataDisclosed = defineEvent(
  'personal-data.disclosed',
  1,
  z.strictObject({
    kpmId: entityId,
    /** What the reader said they needed it for: a case number, a field visit, an inquiry. */
    purpose: shortText,
    fields: z.array(z.string().min(1).max(100)).min(1).max(50),
  }),
);

export type PersonalDataDisclosed = Event<
  'personal-data.disclosed',
  z.infer<typeof personalDataDisclosed.schema>
>;
