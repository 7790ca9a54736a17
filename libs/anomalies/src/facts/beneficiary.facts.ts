import type { FactStore } from '../fact-store.port.js';
import { dayOf } from '../calendar.js';
import type { SentinelEvent } from '../sentinel-event.js';
import { dataOf } from '../sentinel-event.js';
import type { CorrectableRef } from './correction.facts.js';
import { factKeys } from './keys.js';
import { type KpmStatus, readKpm } from './kpm.fact.js';
import { recordRegistrationIndexes } from './registration.facts.js';

const statusAfter: Record<string, KpmStatus> = {
  'beneficiary.registered': 'registered',
  'beneficiary.verified': 'verified',
  'beneficiary.approved': 'approved',
  'beneficiary.rejected': 'rejected',
  'beneficiary.suspended': 'suspended',
  'beneficiary.reinstated': 'approved',
  'beneficiary.exited': 'exited',
  'beneficiary.deceased': 'deceased',
};

/** Every beneficiary.* event moves the status timeline; some also keep what a rule reads later. */
export async function recordBeneficiaryEvent(event: SentinelEvent, facts: FactStore): Promise<void> {
  const { kpmId } = event.data as { kpmId: string };
  const kpm = await readKpm(facts, kpmId);
  const status = statusAfter[event.type];
  if (status) kpm.statuses.push({ status, position: event.position, on: dayOf(event.occurredAt) });
  const approved = dataOf(event, 'beneficiary.approved');
  if (approved) {
    kpm.approval = {
      eventId: event.eventId,
      position: event.position,
      actor: event.actor,
      on: approved.musdesDate ?? dayOf(event.occurredAt),
      musdesRef: approved.musdesRef?.trim() || null,
      corrections: [],
    };
    await indexForCorrection(facts, event.eventId, { type: 'beneficiary.approved', kpmId });
  }
  const deceased = dataOf(event, 'beneficiary.deceased');
  if (deceased) {
    kpm.death = {
      eventId: event.eventId,
      position: event.position,
      dateOfDeath: deceased.dateOfDeath,
      corrections: [],
    };
    await indexForCorrection(facts, event.eventId, { type: 'beneficiary.deceased', kpmId });
  }
  if (event.type === 'beneficiary.registered') await recordRegistrationIndexes(event, kpm, facts);
  await facts.put(factKeys.kpm(kpmId), kpm);
}

export const indexForCorrection = (facts: FactStore, eventId: string, ref: CorrectableRef) =>
  facts.put(factKeys.event(eventId), ref);
