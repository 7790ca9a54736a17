import type { FactStore } from '../fact-store.port.js';
import { factKeys } from './keys.js';

/** What the KPM of one village and programme have been paid, net of reversals and corrections. */
export interface VillagePaidFact {
  total: number;
  /** The payments counted, and the corrections that changed their amounts. */
  positions: number[];
}

export const readVillagePaid = async (
  facts: FactStore,
  programmeId: string,
  villageCode: string,
): Promise<VillagePaidFact> =>
  (await facts.get<VillagePaidFact>(factKeys.villagePaid(programmeId, villageCode))) ?? {
    total: 0,
    positions: [],
  };

export async function adjustVillagePaid(
  facts: FactStore,
  programmeId: string,
  villageCode: string,
  change: { delta: number; add?: number[]; remove?: number[] },
): Promise<void> {
  const current = await readVillagePaid(facts, programmeId, villageCode);
  const removed = new Set(change.remove ?? []);
  await facts.put<VillagePaidFact>(factKeys.villagePaid(programmeId, villageCode), {
    total: current.total + change.delta,
    positions: [...current.positions.filter((position) => !removed.has(position)), ...(change.add ?? [])],
  });
}
