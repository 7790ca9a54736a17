import type { EntityManager } from 'typeorm';
import type { CurrentEvent } from './current-event.js';
import { deleteReturning } from './delete-returning.js';
import { lastDayOf } from './field-date.js';
import { applyRow, rowKey, type RowStep } from './step.js';

type PaymentData = Record<string, unknown> & { kpmId: string; paymentId: string; period: string };

const KIND: Record<string, string> = {
  'payment.due': 'due',
  'payment.paid': 'paid',
  'payment.failed': 'failed',
  'payment.reversed': 'reversed',
};

/**
 * One row per payment event, placed in its family's village and programme. A family's payments
 * share its stream, so its registration comes first in the log, and in a batch too: a payment reads
 * the family's placement, which the registration writes (see paymentStep).
 */
const RECORD_PAYMENT = `
  insert into payment_event_view (event_id, kind, payment_id, kpm_id, programme_id, village_code,
    period, amount, paid_on, late, data, position)
  select r.event_id, r.kind, r.payment_id, r.kpm_id, k.programme_id, k.village_code, r.period,
    r.amount, r.paid_on, r.late, r.data, r.position
  from jsonb_to_recordset($1::jsonb) as r(event_id uuid, kind text, payment_id text, kpm_id text,
    period text, amount bigint, paid_on date, late boolean, data jsonb, position bigint)
  join kpm_view k on k.kpm_id = r.kpm_id
  on conflict (event_id) do nothing`;

/**
 * Reads only the family's village and programme, which only its registration (or a correction of
 * it) sets: an approval or a suspension of the family may go in the same wave as its payments.
 */
export function paymentStep(event: CurrentEvent): RowStep | undefined {
  const row = paymentRow(event.eventId, event.type, event.data as PaymentData, event.position);
  if (!row) return undefined;
  return {
    statement: RECORD_PAYMENT,
    row,
    writes: [rowKey('payment_event_view', event.eventId)],
    reads: [kpmPlacementKey(row['kpm_id'])],
  };
}

/** The part of a family's kpm_view row that its payments copy. */
export function kpmPlacementKey(kpmId: unknown): string {
  return rowKey('kpm_view.placement', kpmId);
}

function paymentRow(
  eventId: string,
  type: string,
  data: PaymentData,
  position: number,
): Record<string, unknown> | undefined {
  const kind = KIND[type];
  if (!kind) return undefined;
  const paidOn = (data['paidOn'] as string | undefined) ?? null;
  return {
    event_id: eventId,
    kind,
    payment_id: data.paymentId,
    kpm_id: data.kpmId,
    period: data.period,
    amount: data['amount'] ?? null,
    paid_on: paidOn,
    // Late: paid after the last day of the month it was due for.
    late: paidOn !== null && paidOn > lastDayOf(data.period),
    data,
    position,
  };
}

/** The corrected payment event is put back as if it had been recorded right the first time. */
export async function applyPaymentCorrection(
  eventId: string,
  fields: Record<string, unknown>,
  manager: EntityManager,
): Promise<void> {
  const row = await deleteReturning<{ kind: string; data: PaymentData; position: string }>(
    manager,
    'delete from payment_event_view where event_id = $1 returning kind, data, position',
    [eventId],
  );
  if (!row) return;
  const type = Object.keys(KIND).find((name) => KIND[name] === row.kind)!;
  const corrected = paymentRow(eventId, type, { ...row.data, ...fields }, Number(row.position));
  if (corrected) await applyRow(manager, RECORD_PAYMENT, corrected);
}
