import { z } from 'zod';
import { defineEvent, type Event } from '../event.js';
import { calendarDate, entityId, longText, villageCode } from '../shared/fields.schema.js';

export const grievanceCategory = z.enum(['eligibility', 'payment', 'abuse', 'service', 'other']);

export const grievanceFiled = defineEvent(
  'grievance.filed',
  1,
  z.strictObject({
    grievanceId: entityId,
    /** Given to the citizen to follow the answer; reveals nothing about them. */
    trackingCode: z.string().regex(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/),
    villageCode: villageCode.optional(),
    programmeId: entityId.optional(),
    category: grievanceCategory,
    text: longText,
    anonymous: z.boolean(),
    /** How to reach the citizen, if they gave it: personal data, never public. */
    contact: z.string().trim().min(3).max(200).optional(),
    answerDueBy: calendarDate,
  }),
);

export const grievanceAnswered = defineEvent(
  'grievance.answered',
  1,
  z.strictObject({ grievanceId: entityId, answer: longText }),
);

type Data<D extends { schema: z.ZodType }> = z.infer<D['schema']>;
export type GrievanceFiled = Event<'grievance.filed', Data<typeof grievanceFiled>>;
export type GrievanceAnswered = Event<'grievance.answered', Data<typeof grievanceAnswered>>;
export type GrievanceEvent = GrievanceFiled | GrievanceAnswered;
