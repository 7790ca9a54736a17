import type { VillageRole } from '../model.js';
import { assignRole } from '../village-year.js';
import type { World } from '../world.js';
import type { Planter } from './planter.js';

const withRole = (world: World, role: VillageRole, index: number) =>
  world.villages.find((village) => village.role === role && village.roleIndex === index)!;

/** Pays one to three monthly amounts more than the village's allocation (see allocations.ts). */
export const paymentAboveAllocation: Planter = {
  ruleCode: 'PAYMENT.ABOVE_ALLOCATION',
  prepare: (world, count, firstIndex) => void assignRole(world, 'above-allocation', count, firstIndex),
  plant(world, index) {
    const village = withRole(world, 'above-allocation', index);
    const how =
      village.allocations.length > 1
        ? "allocation cut mid-year below the year's payments"
        : 'paid past the allocation';
    world.truth.expect(this.ruleCode, [world.programmeId, village.code], how);
  },
};

/** Half the villages over the maximum share first record a Dana Desa ten times too large, and correct it. */
export const typoCorrected = (world: World, roleIndex: number) =>
  world.rules.allocationShareMax !== null && world.rules.allocationShareMin === null && roleIndex % 2 === 1;

/** Budgets a share of the Dana Desa the year's rules do not allow (see allocations.ts). */
export const allocationShareOutOfRange: Planter = {
  ruleCode: 'ALLOCATION.SHARE_OUT_OF_RANGE',
  unplantable: ({ rules }) =>
    rules.allocationShareMin === null && rules.allocationShareMax === null
      ? 'the programme sets no allocation share range'
      : undefined,
  prepare: (world, count, firstIndex) => void assignRole(world, 'share-out-of-range', count, firstIndex),
  plant(world, index) {
    const decree = withRole(world, 'share-out-of-range', index).allocations[0]!;
    const variant =
      world.rules.allocationShareMax === null
        ? 'below the minimum share'
        : typoCorrected(world, index)
          ? 'Dana Desa typed ten times too large, corrected'
          : 'above the maximum share';
    world.truth.expect(this.ruleCode, [decree.eventId], variant);
  },
};

/** Villages whose households nearly always send a man to training (see training-year.ts). */
export const womenShareLow: Planter = {
  ruleCode: 'TRAINING.WOMEN_SHARE_LOW',
  unplantable: ({ rules }) =>
    (rules.minWomenTrainingShare ?? 0) <= 0 ? "the programme sets no minimum women's share" : undefined,
  prepare: (world, count, firstIndex) => void assignRole(world, 'women-share-low', count, firstIndex),
  plant(world, index) {
    const village = withRole(world, 'women-share-low', index);
    world.truth.expect(this.ruleCode, [world.programmeId, village.code], 'men sent to training');
  },
};
