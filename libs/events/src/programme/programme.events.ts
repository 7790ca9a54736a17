import { z } from 'zod';
import { defineEvent, type Event } from '../event.js';
import { entityId, rupiah, shortText, villageCode } from '../shared/fields.schema.js';

export const programmeKind = z.enum(['BLT-DD', 'PKH', 'PNPM', 'KUR', 'P2KP', 'KUBE', 'UEP', 'OTHER']);

/**
 * A programme's rules for one year. They change almost every year (BLT-DD: at least 40% of Dana
 * Desa in 2022, 10-25% in 2023, at most 25% in 2024), so they are data in the log, not code.
 */
export const programmeRules = z.strictObject({
  monthlyAmount: rupiah,
  /** The legal range of the BLT-DD allocation as a share of the village's Dana Desa (0-1). */
  allocationShareMin: z.number().min(0).max(1).nullable(),
  allocationShareMax: z.number().min(0).max(1).nullable(),
  maxMonthsPerYear: z.int().min(1).max(12),
  requiresP3ke: z.boolean(),
  excludesPkh: z.boolean(),
  /** Below this share of women among trained KPM, the participation gap is flagged. */
  minWomenTrainingShare: z.number().min(0).max(1).nullable(),
});

export const programmeCreated = defineEvent(
  'programme.created',
  1,
  z.strictObject({
    programmeId: entityId,
    kind: programmeKind,
    name: shortText,
    year: z.int().min(2000).max(2100),
    rules: programmeRules,
  }),
);

/** Set, and later revised, for one village and one year: the newest one counts. */
export const villageAllocationSet = defineEvent(
  'programme.village-allocation-set',
  1,
  z.strictObject({
    programmeId: entityId,
    villageCode,
    year: z.int().min(2000).max(2100),
    danaDesa: rupiah,
    allocation: rupiah,
    /** The village head's decree (Perkades) or budget document. */
    decreeRef: shortText.optional(),
  }),
);

export type ProgrammeRules = z.infer<typeof programmeRules>;
export type ProgrammeCreated = Event<'programme.created', z.infer<typeof programmeCreated.schema>>;
export type VillageAllocationSet = Event<
  'programme.village-allocation-set',
  z.infer<typeof villageAllocationSet.schema>
>;
