import type { FactStore } from '../fact-store.port.js';
import type { SentinelEvent } from '../sentinel-event.js';
import { dataOf } from '../sentinel-event.js';
import { noteIfProgrammeUnknown } from './awaiting-programme.js';
import { indexForCorrection } from './beneficiary.facts.js';
import { factKeys } from './keys.js';
import { readKpm } from './kpm.fact.js';
import { adjustVillagePaid } from './village-paid.fact.js';

/** Only paid money is judged: `payment.due` and `payment.failed` change no fact a rule reads. */
export async function recordPaid(event: SentinelEvent, facts: FactStore): Promise<void> {
  const paid = dataOf(event, 'payment.paid')!;
  const kpm = await readKpm(facts, paid.kpmId);
  kpm.payments.push({
    eventId: event.eventId,
    position: event.position,
    paymentId: paid.paymentId,
    period: paid.period,
    amount: paid.amount,
    paidOn: paid.paidOn,
    actor: event.actor,
    reversedAt: null,
    corrections: [],
  });
  await facts.put(factKeys.kpm(paid.kpmId), kpm);
  await indexForCorrection(facts, event.eventId, { type: 'payment.paid', kpmId: paid.kpmId });
  await countForActor(facts, event.actor, paid.paidOn, event.position);
  const registration = kpm.registration;
  if (!registration) return;
  await adjustVillagePaid(facts, registration.programmeId, registration.villageCode, {
    delta: paid.amount,
    add: [event.position],
  });
  await noteIfProgrammeUnknown(facts, registration.programmeId, paid.kpmId);
}

/**
 * A reversal takes back the newest payment of that id still counting, whole: its amount names what
 * came back, but a partial reversal is not modelled (the paid record stops counting entirely).
 */
export async function recordReversed(event: SentinelEvent, facts: FactStore): Promise<void> {
  const reversed = dataOf(event, 'payment.reversed')!;
  const kpm = await readKpm(facts, reversed.kpmId);
  const record = kpm.payments.findLast(
    (paid) => paid.paymentId === reversed.paymentId && paid.reversedAt === null,
  );
  if (!record) return;
  record.reversedAt = event.position;
  await facts.put(factKeys.kpm(reversed.kpmId), kpm);
  if (kpm.registration)
    await adjustVillagePaid(facts, kpm.registration.programmeId, kpm.registration.villageCode, {
      delta: -record.amount,
      remove: [record.position],
    });
}

export interface ActorDayFact {
  count: number;
  /** Every position, whatever the threshold: facts never depend on the sentinel's config. */
  positions: number[];
}

async function countForActor(facts: FactStore, actor: string, day: string, position: number) {
  const key = factKeys.actorPaid(actor, day);
  const current = (await facts.get<ActorDayFact>(key)) ?? { count: 0, positions: [] };
  await facts.put<ActorDayFact>(key, {
    count: current.count + 1,
    positions: [...current.positions, position],
  });
}
