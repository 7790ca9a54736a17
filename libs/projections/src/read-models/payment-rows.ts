import type { EntityManager } from 'typeorm';
import type { CurrentEvent } from './current-event.js';
import { lastDayOf } from './field-date.js';

type PaymentData = Record<string, unknown> & { kpmId: string; paymentId: string; period: string };

const KIND: Record<string, string> = {
  'payment.due': 'due',
  'payment.paid': 'paid',
  'payment.failed': 'failed',
  'payment.reversed': 'reversed',
};

/**
 * One row per payment event, placed in its family's village and programme. A family's payments
 * share its stream, so its registration has always been applied first.
 */
export async function recordPayment(event: CurrentEvent, manager: EntityManager): Promise<void> {
  await insertPayment(manager, event.eventId, event.type, event.data as PaymentData, event.position);
}

async function insertPayment(
  manager: EntityManager,
  eventId: string,
  type: string,
  data: PaymentData,
  position: number,
): Promise<void> {
  const kind = KIND[type];
  if (!kind) return;
  const paidOn = (data['paidOn'] as string | undefined) ?? null;
  await manager.query(
    `insert into payment_event_view (event_id, kind, payment_id, kpm_id, programme_id, village_code,
       period, amount, paid_on, late, data, position)
     select $1, $2, $3, $4, programme_id, village_code, $5, $6, $7, $8, $9, $10
     from kpm_view where kpm_id = $4
     on conflict (event_id) do nothing`,
    [
      eventId,
      kind,
      data.paymentId,
      data.kpmId,
      data.period,
      (data['amount'] as number | undefined) ?? null,
      paidOn,
      // Late: paid after the last day of the month it was due for.
      paidOn !== null && paidOn > lastDayOf(data.period),
      data,
      position,
    ],
  );
}

/** The corrected payment event is put back as if it had been recorded right the first time. */
export async function applyPaymentCorrection(
  eventId: string,
  fields: Record<string, unknown>,
  manager: EntityManager,
): Promise<void> {
  const [row] = await manager.query<{ kind: string; data: PaymentData; position: string }[]>(
    'delete from payment_event_view where event_id = $1 returning kind, data, position',
    [eventId],
  );
  if (!row) return;
  const type = Object.keys(KIND).find((name) => KIND[name] === row.kind)!;
  await insertPayment(manager, eventId, type, { ...row.data, ...fields }, Number(row.position));
}
