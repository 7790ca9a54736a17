import { correctEvent } from './kpm-events.js';
import type { Village } from './model.js';
import { typoCorrected } from './plants/village.plants.js';
import type { World } from './world.js';

const MILLION = 1_000_000;
const up = (amount: number) => Math.ceil(amount / MILLION) * MILLION;
const down = (amount: number) => Math.floor(amount / MILLION) * MILLION;

/** What each village's KPM were paid in the end, net of reversals and corrected amounts. */
export function paidByVillage(world: World): Map<Village, number> {
  const drafts = world.log.all();
  const corrected = new Map<string, number>();
  for (const draft of drafts) {
    const { correctsEventId, fields } = draft.data as {
      correctsEventId?: string;
      fields?: { amount?: unknown };
    };
    if (draft.type === 'event.corrected' && typeof fields?.amount === 'number')
      corrected.set(correctsEventId!, fields.amount);
  }
  const totals = new Map<Village, number>();
  for (const draft of drafts) {
    const sign = draft.type === 'payment.paid' ? 1 : draft.type === 'payment.reversed' ? -1 : 0;
    if (sign === 0) continue;
    const { kpmId, amount } = draft.data as { kpmId: string; amount: number };
    const village = world.kpmById.get(kpmId)!.village;
    totals.set(village, (totals.get(village) ?? 0) + sign * (corrected.get(draft.eventId) ?? amount));
  }
  return totals;
}

/**
 * Fills in the allocation decrees once the year's payments are known. A village's Dana Desa is
 * Rp700 million to Rp1.2 billion. A clean village's allocation covers what it paid with some room
 * (a revision adds more) and lies well inside the legal share. Planted villages pay one to three
 * monthly amounts more than their allocation (or than a revision that cut it), or budget a share of
 * their Dana Desa the year's rules do not allow while still covering what they paid.
 */
export function setAllocations(world: World): void {
  const totals = paidByVillage(world);
  const { allocationShareMin: min, allocationShareMax: max, monthlyAmount } = world.rules;
  for (const village of world.villages) {
    const paid = totals.get(village) ?? 0;
    const [decree, revision] = village.allocations;
    let danaDesa = world.random.int(700, 1_200) * MILLION;
    const amounts = [up(paid * world.random.between(revision ? 1.01 : 1.05, revision ? 1.08 : 1.25))];
    if (revision) amounts.push(up(paid * world.random.between(1.1, 1.3)));
    if (village.role === 'above-allocation')
      amounts[amounts.length - 1] = paid - (1 + (village.roleIndex % 3)) * monthlyAmount;
    if (village.role === 'share-out-of-range') {
      if (max !== null)
        amounts[0] = Math.max(amounts[0]!, up(danaDesa * (max + world.random.between(0.03, 0.08))));
      else danaDesa = Math.max(danaDesa, up(amounts[0]! / (min! * world.random.between(0.4, 0.7))));
    } else {
      if (max !== null && Math.max(...amounts) / danaDesa > max - 0.03)
        danaDesa = up(Math.max(...amounts) / (max - 0.04));
      if (min !== null && Math.min(...amounts) / danaDesa < min + 0.03)
        danaDesa = down(Math.min(...amounts) / (min + 0.04));
    }
    const typo = village.role === 'share-out-of-range' && typoCorrected(world, village.roleIndex);
    decree!.data = { ...decree!.data, danaDesa: typo ? danaDesa * 10 : danaDesa, allocation: amounts[0] };
    if (typo) correctEvent(world, decree!, { danaDesa }, village.actors.operator, world.random.int(20, 40));
    if (revision) revision.data = { ...revision.data, danaDesa, allocation: amounts[1] };
  }
}
