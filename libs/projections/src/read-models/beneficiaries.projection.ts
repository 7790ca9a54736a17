import { type Projection, stepByStep } from '../projection.js';
import { beneficiaryCorrection } from './beneficiary-corrections.js';
import { asCorrection, type CurrentEvent } from './current-event.js';
import { familyErasure } from './family-erasure.js';
import { fieldDate } from './field-date.js';
import { APPROVE, CHANGE_STATUS, END, REGISTER, REINSTATE, SUSPEND } from './kpm-rows.js';
import { kpmPlacementKey, paymentStep } from './payment-rows.js';
import { registrationColumns, type TreatedRegistration } from './registration-columns.js';
import { rowKey, type Step } from './step.js';

/** Beneficiary families (KPM) with their status over time, and every payment event of theirs. */
export const beneficiariesProjection: Projection = stepByStep(
  'beneficiaries',
  ['kpm_view', 'payment_event_view'],
  stepOf,
);

/** Status after each lifecycle event; registration and approval are handled on their own. */
const LIFECYCLE: Record<string, { status: string; ends?: boolean; onlyFrom?: string[] }> = {
  'beneficiary.verified': { status: 'verified', onlyFrom: ['registered'] },
  'beneficiary.rejected': { status: 'rejected' },
  'beneficiary.exited': { status: 'exited', ends: true },
  'beneficiary.deceased': { status: 'deceased', ends: true },
};

function stepOf(event: CurrentEvent): Step | undefined {
  const kpmId = event.data['kpmId'] as string | undefined;
  const { position } = event;
  const writes = [rowKey('kpm_view', kpmId)];
  switch (event.type) {
    case 'beneficiary.registered': {
      const data = event.data as unknown as TreatedRegistration;
      const row = {
        ...registrationColumns(data),
        registered_on: fieldDate(event.occurredAt),
        position,
        event_id: event.eventId,
      };
      return { statement: REGISTER, row, writes: [...writes, kpmPlacementKey(data.kpmId)] };
    }
    case 'beneficiary.approved': {
      const row = {
        kpm_id: kpmId,
        approved_on: fieldDate(event.occurredAt),
        position,
        event_id: event.eventId,
        musdes_ref: event.data['musdesRef'] ?? null,
      };
      return { statement: APPROVE, row, writes };
    }
    case 'beneficiary.suspended':
    case 'beneficiary.reinstated': {
      const row = { kpm_id: kpmId, day: fieldDate(event.occurredAt), position };
      return { statement: event.type === 'beneficiary.suspended' ? SUSPEND : REINSTATE, row, writes };
    }
    case 'personal-data.erased':
      return kpmId === undefined ? undefined : familyErasure(kpmId);
  }
  const lifecycle = LIFECYCLE[event.type];
  if (lifecycle) {
    const row = { kpm_id: kpmId, status: lifecycle.status, position, only_from: lifecycle.onlyFrom ?? null };
    if (!lifecycle.ends) return { statement: CHANGE_STATUS, row, writes };
    // A death counts from the day it happened, which may be long before it was recorded.
    const endedOn = (event.data['dateOfDeath'] as string | undefined) ?? fieldDate(event.occurredAt);
    return { statement: END, row: { ...row, ended_on: endedOn }, writes };
  }
  if (event.type.startsWith('payment.')) return paymentStep(event);
  const correction = asCorrection(event);
  return correction && beneficiaryCorrection(correction);
}
