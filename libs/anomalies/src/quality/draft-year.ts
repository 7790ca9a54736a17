import type { Pseudonymise } from '@saksi/events';
import { setAllocations } from './allocations.js';
import type { DraftLog } from './draft-log.js';
import { GroundTruth, type NotPlantable } from './ground-truth.js';
import { fileGrievances } from './paperwork.js';
import type { ResolvedOptions } from './planted-programme.options.js';
import { PLANTERS, type Planter } from './plants/index.js';
import { SeededRandom } from './seeded-random.js';
import { fillTraining } from './training-year.js';
import { createProgramme, decreeAllocations, fillVillage } from './village-year.js';
import { balanceWomenShare } from './women-balance.js';
import type { World } from './world.js';

/** How many instances of one planter's anomaly to plant, numbered from `firstIndex`. */
export interface PlantCount {
  planter: Planter;
  count: number;
  /** Plant indexes pick variants and spread plants: a generator planting over many drafts counts on. */
  firstIndex: number;
}

/** A plant that could not be placed (too few plain families or sessions, say): nothing else went wrong. */
export class PlantFailed extends Error {
  constructor(
    readonly ruleCode: string,
    readonly index: number,
    cause: unknown,
  ) {
    super(
      `Planting ${ruleCode} #${index} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
  }
}

/** An empty world for the options: lay out its villages (layOutVillages), then draft its year. */
export function newWorld(options: ResolvedOptions, log: DraftLog, pseudonymise: Pseudonymise): World {
  return {
    options,
    random: new SeededRandom(options.seed),
    log,
    truth: new GroundTruth(),
    pseudonymise,
    programmeId: options.programmeId,
    year: options.year,
    rules: options.rules,
    config: options.config,
    startMonth: 13 - options.rules.maxMonthsPerYear,
    villages: [],
    kpmById: new Map(),
    serials: new Map(),
    cursor: 0,
  };
}

/** The planters whose rule can fire under the world's programme rules, and why the others cannot. */
export function plantersFor(world: World): { planters: Planter[]; notPlantable: NotPlantable[] } {
  const notPlantable: NotPlantable[] = [];
  const planters = PLANTERS.filter((planter) => {
    const reason = planter.unplantable?.(world);
    if (reason) notPlantable.push({ ruleCode: planter.ruleCode, reason });
    return !reason;
  });
  return { planters, notPlantable };
}

/**
 * Drafts the year of the world's villages (and the programme's creation, unless another draft
 * holds it): allocations, families, training and grievances, then the plants, then the women's
 * share of clean villages and the allocation amounts, which depend on everything before.
 */
export function draftYear(world: World, plants: readonly PlantCount[], withProgramme = true): void {
  for (const { planter, count, firstIndex } of plants)
    if (count > 0) planter.prepare?.(world, count, firstIndex);
  if (withProgramme) createProgramme(world);
  for (const village of world.villages) {
    decreeAllocations(world, village);
    fillVillage(world, village);
    fillTraining(world, village);
    fileGrievances(world, village);
  }
  for (const { planter, count, firstIndex } of plants)
    for (let index = firstIndex; index < firstIndex + count; index++) {
      try {
        planter.plant(world, index);
      } catch (error) {
        throw new PlantFailed(planter.ruleCode, index, error);
      }
    }
  for (const village of world.villages)
    if (village.role !== 'women-share-low') balanceWomenShare(world, village);
  setAllocations(world);
}
