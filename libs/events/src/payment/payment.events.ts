import { z } from 'zod';
import { defineEvent, type Event } from '../event.js';
import { calendarDate, entityId, period, rupiah, shortText } from '../shared/fields.schema.js';

export const paymentChannel = z.enum(['cash', 'bank', 'post-office', 'e-wallet']);

/** Payments live on the KPM's stream; `paymentId` tells apart two payments for one period. */
const payment = { kpmId: entityId, paymentId: entityId, period };

export const paymentDue = defineEvent('payment.due', 1, z.strictObject({ ...payment, amount: rupiah }));

/** A fact from the field: recorded even when it breaks a rule (the breach becomes an alert). */
export const paymentPaid = defineEvent(
  'payment.paid',
  1,
  z.strictObject({
    ...payment,
    amount: rupiah,
    channel: paymentChannel,
    reference: shortText,
    paidOn: calendarDate,
  }),
);
export const paymentFailed = defineEvent(
  'payment.failed',
  1,
  z.strictObject({ ...payment, reason: shortText }),
);
export const paymentReversed = defineEvent(
  'payment.reversed',
  1,
  z.strictObject({ ...payment, amount: rupiah, reason: shortText }),
);

type Data<D extends { schema: z.ZodType }> = z.infer<D['schema']>;
export type PaymentDue = Event<'payment.due', Data<typeof paymentDue>>;
export type PaymentPaid = Event<'payment.paid', Data<typeof paymentPaid>>;
export type PaymentFailed = Event<'payment.failed', Data<typeof paymentFailed>>;
export type PaymentReversed = Event<'payment.reversed', Data<typeof paymentReversed>>;
export type PaymentEvent = PaymentDue | PaymentPaid | PaymentFailed | PaymentReversed;
