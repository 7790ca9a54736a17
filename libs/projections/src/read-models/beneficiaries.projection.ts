import type { EntityManager } from 'typeorm';
import { eventByEvent, type Projection } from '../projection.js';
import { asCorrection, type CurrentEvent } from './current-event.js';
import { fieldDate } from './field-date.js';
import { applyPaymentCorrection, recordPayment } from './payment-rows.js';
import { registrationColumns, type TreatedRegistration } from './registration-columns.js';

/** Beneficiary families (KPM) with their status over time, and every payment event of theirs. */
export const beneficiariesProjection: Projection = eventByEvent(
  'beneficiaries',
  ['kpm_view', 'payment_event_view'],
  apply,
);

/** Status after each lifecycle event; registration and approval are handled on their own. */
const LIFECYCLE: Record<string, { status: string; ends?: boolean; onlyFrom?: string[] }> = {
  'beneficiary.verified': { status: 'verified', onlyFrom: ['registered'] },
  'beneficiary.rejected': { status: 'rejected' },
  'beneficiary.exited': { status: 'exited', ends: true },
  'beneficiary.deceased': { status: 'deceased', ends: true },
};

async function apply(event: CurrentEvent, manager: EntityManager): Promise<void> {
  const kpmId = event.data['kpmId'] as string | undefined;
  if (event.type === 'beneficiary.registered') return register(event, manager);
  if (event.type === 'beneficiary.approved') {
    await manager.query(
      `update kpm_view set status = 'approved', approved_on = $2, approved_position = $3,
         approval_event = $4, musdes_ref = $5, last_position = $3
       where kpm_id = $1`,
      [kpmId, fieldDate(event.occurredAt), event.position, event.eventId, event.data['musdesRef'] ?? null],
    );
    return;
  }
  if (event.type === 'beneficiary.suspended' || event.type === 'beneficiary.reinstated')
    return suspension(event, manager);
  const lifecycle = LIFECYCLE[event.type];
  if (lifecycle) {
    // A death counts from the day it happened, which may be long before it was recorded.
    const endedOn = (event.data['dateOfDeath'] as string | undefined) ?? fieldDate(event.occurredAt);
    await manager.query(
      `update kpm_view set status = $2, last_position = $3
         ${lifecycle.ends ? ', ended_on = $4, ended_position = $3' : ''}
       where kpm_id = $1 ${lifecycle.onlyFrom ? `and status = any($${lifecycle.ends ? 5 : 4})` : ''}`,
      [
        kpmId,
        lifecycle.status,
        event.position,
        ...(lifecycle.ends ? [endedOn] : []),
        ...(lifecycle.onlyFrom ? [lifecycle.onlyFrom] : []),
      ],
    );
    return;
  }
  if (event.type.startsWith('payment.')) return recordPayment(event, manager);
  const correction = asCorrection(event);
  if (correction) await correct(correction.correctsEventId, correction, manager);
}

/** A suspension opens a range of days; reinstatement closes the open one. */
async function suspension(event: CurrentEvent, manager: EntityManager): Promise<void> {
  const day = fieldDate(event.occurredAt);
  await manager.query(
    event.type === 'beneficiary.suspended'
      ? `update kpm_view set status = 'suspended', last_position = $3,
           suspensions = suspensions || jsonb_build_array(jsonb_build_object('from', $2::text))
         where kpm_id = $1`
      : `update kpm_view set status = 'approved', last_position = $3,
           suspensions = case when jsonb_array_length(suspensions) = 0 then suspensions
             else jsonb_set(suspensions, array[(jsonb_array_length(suspensions) - 1)::text, 'to'], to_jsonb($2::text)) end
         where kpm_id = $1`,
    [event.data['kpmId'], day, event.position],
  );
}

async function register(event: CurrentEvent, manager: EntityManager): Promise<void> {
  const data = event.data as unknown as TreatedRegistration;
  const columns = registrationColumns(data);
  await manager.query(
    `insert into kpm_view (kpm_id, programme_id, village_code, hamlet, rt, rw, head_initials, nik_token,
       nik_masked, head_sex, head_birth_year, household_size, source_list, other_aid, status,
       registered_on, registered_position, registration_event, registration, last_position)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'registered', $15, $16, $17, $18, $16)
     on conflict (kpm_id) do nothing`,
    [data.kpmId, ...columns, fieldDate(event.occurredAt), event.position, event.eventId, data],
  );
}

async function correct(
  eventId: string,
  correction: { correctsType: string; fields: Record<string, unknown> },
  manager: EntityManager,
): Promise<void> {
  switch (correction.correctsType) {
    case 'beneficiary.registered': {
      const [row] = await manager.query<{ kpm_id: string; registration: TreatedRegistration }[]>(
        'select kpm_id, registration from kpm_view where registration_event = $1',
        [eventId],
      );
      if (!row) return;
      const data = { ...row.registration, ...correction.fields };
      await manager.query(
        `update kpm_view set programme_id = $2, village_code = $3, hamlet = $4, rt = $5, rw = $6,
           head_initials = $7, nik_token = $8, nik_masked = $9, head_sex = $10, head_birth_year = $11,
           household_size = $12, source_list = $13, other_aid = $14, registration = $15
         where kpm_id = $1`,
        [row.kpm_id, ...registrationColumns(data), data],
      );
      // Payments follow their family to the corrected village or programme.
      await manager.query(
        'update payment_event_view set programme_id = $2, village_code = $3 where kpm_id = $1',
        [row.kpm_id, data.programmeId, data.villageCode],
      );
      return;
    }
    case 'beneficiary.approved':
      if ('musdesRef' in correction.fields)
        await manager.query('update kpm_view set musdes_ref = $2 where approval_event = $1', [
          eventId,
          correction.fields['musdesRef'] ?? null,
        ]);
      return;
    default:
      if (correction.correctsType.startsWith('payment.'))
        await applyPaymentCorrection(eventId, correction.fields, manager);
  }
}
