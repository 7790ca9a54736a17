import type { FactStore } from '../fact-store.port.js';
import type { SentinelEvent } from '../sentinel-event.js';
import { dataOf } from '../sentinel-event.js';
import { factKeys } from './keys.js';
import { readKpm } from './kpm.fact.js';
import type { AllocationFact } from './programme.fact.js';
import { adjustVillagePaid } from './village-paid.fact.js';

/**
 * Where the facts of a correctable event live. Only the events whose corrected fields a rule reads
 * are indexed: an approval (musdesRef, musdesDate), a death (dateOfDeath), a payment (amount,
 * paidOn, period) and an allocation (danaDesa, allocation). Not handled, so judged on the original
 * values: a registration's village, programme, NIK, source list or other aid (they key the NIK, roster
 * and village indexes, which would have to move), a schedule's times, place or capacity, an
 * attendance, a reversal, and a programme's rules. A corrected paidOn does not move the payment
 * between an actor's day counts (ENTRY.BURST). An alert raised on the original values stays raised:
 * a correction is evidence for the inspector who resolves it, not a retraction.
 */
export type CorrectableRef =
  | { type: 'beneficiary.approved' | 'beneficiary.deceased' | 'payment.paid'; kpmId: string }
  | { type: 'programme.village-allocation-set'; programmeId: string; villageCode: string };

export interface CorrectionOf {
  ref: CorrectableRef;
  correctsEventId: string;
  fields: Record<string, unknown>;
}

/** What a correction event corrects, if it is something the facts keep. */
export async function correctionOf(
  event: SentinelEvent,
  facts: FactStore,
): Promise<CorrectionOf | undefined> {
  const correction = dataOf(event, 'event.corrected');
  if (!correction) return undefined;
  const ref = await facts.get<CorrectableRef>(factKeys.event(correction.correctsEventId));
  return ref && { ref, correctsEventId: correction.correctsEventId, fields: correction.fields };
}

const text = (value: unknown, current: string) => (typeof value === 'string' ? value : current);
const whole = (value: unknown, current: number) => (typeof value === 'number' ? value : current);

/** Applies a correction to the fact it names; the correction's position joins that fact's evidence. */
export async function recordCorrection(event: SentinelEvent, facts: FactStore): Promise<void> {
  const target = await correctionOf(event, facts);
  if (!target) return;
  const { ref, fields, correctsEventId } = target;
  if (ref.type === 'programme.village-allocation-set') {
    const key = factKeys.allocation(ref.programmeId, ref.villageCode);
    const allocation = await facts.get<AllocationFact>(key);
    // A correction of an allocation that a newer one replaced changes nothing that counts.
    if (allocation?.eventId !== correctsEventId) return;
    allocation.danaDesa = whole(fields.danaDesa, allocation.danaDesa);
    allocation.allocation = whole(fields.allocation, allocation.allocation);
    allocation.corrections.push(event.position);
    return facts.put(key, allocation);
  }
  const kpm = await readKpm(facts, ref.kpmId);
  if (ref.type === 'beneficiary.approved' && kpm.approval) {
    if (typeof fields.musdesRef === 'string') kpm.approval.musdesRef = fields.musdesRef.trim() || null;
    kpm.approval.on = text(fields.musdesDate, kpm.approval.on);
    kpm.approval.corrections.push(event.position);
  }
  if (ref.type === 'beneficiary.deceased' && kpm.death) {
    kpm.death.dateOfDeath = text(fields.dateOfDeath, kpm.death.dateOfDeath);
    kpm.death.corrections.push(event.position);
  }
  const paid = kpm.payments.find((record) => record.eventId === correctsEventId);
  if (ref.type === 'payment.paid' && paid) {
    const before = paid.amount;
    paid.amount = whole(fields.amount, paid.amount);
    paid.paidOn = text(fields.paidOn, paid.paidOn);
    paid.period = text(fields.period, paid.period);
    paid.corrections.push(event.position);
    if (kpm.registration && paid.reversedAt === null && paid.amount !== before)
      await adjustVillagePaid(facts, kpm.registration.programmeId, kpm.registration.villageCode, {
        delta: paid.amount - before,
        add: [event.position],
      });
  }
  await facts.put(factKeys.kpm(ref.kpmId), kpm);
}
