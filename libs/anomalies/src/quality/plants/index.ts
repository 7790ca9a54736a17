import { entryBackdated, entryBurst } from './entry.plants.js';
import {
  paymentAmountMismatch,
  paymentDuplicatePeriod,
  paymentMissing,
  paymentTooManyMonths,
} from './payment-amount.plants.js';
import { paymentAfterDeath, paymentNotApproved } from './payment-status.plants.js';
import type { Planter } from './planter.js';
import {
  approvalSameActor,
  approvalWithoutMusdes,
  kpmNotInP3ke,
  kpmReceivesPkh,
  nikDuplicateInProgramme,
  nikMultipleVillages,
} from './registration.plants.js';
import { heldWithoutAttendance, trainingOverCapacity, trainingOverlap } from './training.plants.js';
import { allocationShareOutOfRange, paymentAboveAllocation, womenShareLow } from './village.plants.js';

export type { Planter } from './planter.js';

/**
 * One planter per rule, in the order they are planted: the burst comes last, because it moves the
 * payments of families no other plant has taken.
 */
export const PLANTERS: readonly Planter[] = [
  paymentNotApproved,
  paymentAfterDeath,
  paymentDuplicatePeriod,
  paymentTooManyMonths,
  paymentAmountMismatch,
  paymentAboveAllocation,
  nikMultipleVillages,
  nikDuplicateInProgramme,
  kpmReceivesPkh,
  kpmNotInP3ke,
  allocationShareOutOfRange,
  approvalWithoutMusdes,
  approvalSameActor,
  trainingOverlap,
  trainingOverCapacity,
  entryBackdated,
  paymentMissing,
  heldWithoutAttendance,
  womenShareLow,
  entryBurst,
];
