import { z } from 'zod';
import { defineEvent, type Event } from '../event.js';
import { entityId, shortText } from '../shared/fields.schema.js';

/**
 * A family's personal data was erased (UU 27/2022 PDP): its data key was destroyed in the same
 * transaction, so every personal field sealed under it now reads as absent, while the log keeps its
 * sealed bytes and its hashes. Recorded on the family's own stream, in order with its registration
 * (one Kafka partition), so a consumer never applies the erasure before what it erases.
 */
export const personalDataErased = defineEvent(
  'personal-data.erased',
  1,
  z.strictObject({
    kpmId: entityId,
    /** The legal ground: a court order's number, "the family's request under UU 27/2022". Never a name. */
    reason: shortText,
  }),
);

export type PersonalDataErased = Event<'personal-data.erased', z.infer<typeof personalDataErased.schema>>;
