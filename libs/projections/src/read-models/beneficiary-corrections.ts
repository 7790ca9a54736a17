import type { EntityManager } from 'typeorm';
import type { Correction } from './current-event.js';
import { REREGISTER } from './kpm-rows.js';
import { applyPaymentCorrection } from './payment-rows.js';
import { registrationColumns, type TreatedRegistration } from './registration-columns.js';
import { applyRow, type AloneStep } from './step.js';

/** A correction finds its row by the corrected event's id, so it is applied on its own. */
export function beneficiaryCorrection(correction: Correction): AloneStep | undefined {
  const { correctsEventId: eventId, correctsType, fields } = correction;
  if (correctsType === 'beneficiary.registered')
    return { alone: (manager) => correctRegistration(eventId, fields, manager) };
  if (correctsType === 'beneficiary.approved') {
    if (!('musdesRef' in fields)) return undefined;
    return {
      alone: async (manager) => {
        await manager.query('update kpm_view set musdes_ref = $2 where approval_event = $1', [
          eventId,
          fields['musdesRef'] ?? null,
        ]);
      },
    };
  }
  if (correctsType.startsWith('payment.'))
    return { alone: (manager) => applyPaymentCorrection(eventId, fields, manager) };
  return undefined;
}

async function correctRegistration(
  eventId: string,
  fields: Record<string, unknown>,
  manager: EntityManager,
): Promise<void> {
  const [row] = await manager.query<{ kpm_id: string; registration: TreatedRegistration }[]>(
    'select kpm_id, registration from kpm_view where registration_event = $1',
    [eventId],
  );
  if (!row) return;
  const data = { ...row.registration, ...fields };
  await applyRow(manager, REREGISTER, { ...registrationColumns(data), kpm_id: row.kpm_id });
  // Payments follow their family to the corrected village or programme.
  await manager.query(
    'update payment_event_view set programme_id = $2, village_code = $3 where kpm_id = $1',
    [row.kpm_id, data.programmeId, data.villageCode],
  );
}
