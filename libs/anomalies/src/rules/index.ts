import type { Rule } from '../rule.js';
import { allocationShare } from './allocation-share.rule.js';
import { approvalSameActor } from './approval-same-actor.rule.js';
import { approvalWithoutMusdes } from './approval-without-musdes.rule.js';
import { entryBackdated } from './entry-backdated.rule.js';
import { entryBurst } from './entry-burst.rule.js';
import { kpmNotInP3ke } from './kpm-not-in-p3ke.rule.js';
import { kpmReceivesPkh } from './kpm-receives-pkh.rule.js';
import { nikDuplicateInProgramme } from './nik-duplicate-in-programme.rule.js';
import { nikMultipleVillages } from './nik-multiple-villages.rule.js';
import { paymentAboveAllocation } from './payment-above-allocation.rule.js';
import { paymentAfterDeath } from './payment-after-death.rule.js';
import { paymentAmountMismatch } from './payment-amount-mismatch.rule.js';
import { paymentDuplicatePeriod } from './payment-duplicate-period.rule.js';
import { paymentNotApproved } from './payment-not-approved.rule.js';
import { paymentTooManyMonths } from './payment-too-many-months.rule.js';
import { trainingOverCapacity } from './training-over-capacity.rule.js';
import { trainingOverlap } from './training-overlap.rule.js';

/** The rules judged on events. The scheduled ones (a thing that did not happen) are in scan.ts. */
export const RULES: readonly Rule[] = [
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
  allocationShare,
  approvalWithoutMusdes,
  approvalSameActor,
  trainingOverlap,
  trainingOverCapacity,
  entryBackdated,
  entryBurst,
];

export {
  allocationShare,
  approvalSameActor,
  approvalWithoutMusdes,
  entryBackdated,
  entryBurst,
  kpmNotInP3ke,
  kpmReceivesPkh,
  nikDuplicateInProgramme,
  nikMultipleVillages,
  paymentAboveAllocation,
  paymentAfterDeath,
  paymentAmountMismatch,
  paymentDuplicatePeriod,
  paymentNotApproved,
  paymentTooManyMonths,
  trainingOverCapacity,
  trainingOverlap,
};
