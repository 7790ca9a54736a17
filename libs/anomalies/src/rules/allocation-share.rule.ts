import { raise } from '../alert-candidate.js';
import type { FactStore } from '../fact-store.port.js';
import { correctionOf } from '../facts/correction.facts.js';
import { factKeys } from '../facts/keys.js';
import { type AllocationFact, readProgramme } from '../facts/programme.fact.js';
import type { Rule } from '../rule.js';
import type { SentinelEvent } from '../sentinel-event.js';
import { dataOf } from '../sentinel-event.js';
import { villageScope } from './rule-support.js';

/**
 * The BLT-DD budget must lie within the year's legal share of the village's Dana Desa (2023: 10-25%,
 * 2024: at most 25%); the range comes from the programme's rules, null meaning no bound. The
 * programme is created on the same stream before any allocation, so its rules are always known.
 * One alert per allocation decision (event), re-judged when a correction changes its figures.
 */
export const allocationShare: Rule = {
  code: 'ALLOCATION.SHARE_OUT_OF_RANGE',
  severity: 'medium',
  explain: {
    id: 'Pagu BLT desa berada di luar batas persentase Dana Desa yang ditetapkan untuk tahun itu: anggaran desa tidak sesuai aturan.',
    en: "The village's BLT allocation lies outside the share of its Dana Desa allowed that year: the village budget breaks the rules.",
  },
  watches: ['programme.village-allocation-set', 'event.corrected'],
  when: 'after',
  async evaluate(event, facts) {
    const allocation = await allocationTouched(event, facts);
    const programme = allocation && (await readProgramme(facts, allocation.programmeId));
    if (!allocation || !programme) return [];
    const { allocationShareMin: min, allocationShareMax: max } = programme.rules;
    const share = allocation.allocation / allocation.danaDesa;
    if ((min === null || share >= min) && (max === null || share <= max)) return [];
    return [
      raise(allocationShare, {
        identity: [allocation.eventId],
        ...villageScope(allocation.programmeId, allocation.villageCode),
        evidence: [allocation.position, ...allocation.corrections, programme.position],
        details: {
          year: allocation.year,
          danaDesa: allocation.danaDesa,
          allocation: allocation.allocation,
          share: Math.round(share * 10_000) / 10_000,
          allocationShareMin: min,
          allocationShareMax: max,
        },
      }),
    ];
  },
};

/** The allocation an event set or corrected, as the facts now hold it. */
export async function allocationTouched(
  event: SentinelEvent,
  facts: FactStore,
): Promise<AllocationFact | undefined> {
  const set = dataOf(event, 'programme.village-allocation-set');
  const ref = set ?? (await correctionOf(event, facts))?.ref;
  if (!ref || !('villageCode' in ref) || !('programmeId' in ref)) return undefined;
  return facts.get<AllocationFact>(factKeys.allocation(ref.programmeId, ref.villageCode));
}
