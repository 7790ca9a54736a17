import { z } from 'zod';
import { defineEvent, type Event } from '../event.js';
import { entityId, longText, shortText, villageCode } from '../shared/fields.schema.js';

export const forumKind = z.enum(['BPD', 'community-forum', 'NGO', 'LPMD', 'other']);

/** What an oversight forum found when it audited a programme, with the events it looked at. */
export const findingRecorded = defineEvent(
  'finding.recorded',
  1,
  z.strictObject({
    findingId: entityId,
    forum: forumKind,
    forumName: shortText,
    villageCode,
    programmeId: entityId.optional(),
    summary: longText,
    evidenceRefs: z.array(shortText).max(50),
    relatedEventIds: z.array(z.uuid()).max(500),
  }),
);

export type FindingRecorded = Event<'finding.recorded', z.infer<typeof findingRecorded.schema>>;
