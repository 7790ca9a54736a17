import { DEFAULT_SENTINEL_CONFIG, type Flavour, type SentinelConfig } from '@saksi/anomalies';
import type { ProgrammeRules } from '@saksi/events';
import { BLT_DD_YEARS, bltDdRules } from '@saksi/programme';

/** Families registered per village: log-normal, as village sizes and poverty are, within bounds. */
export interface FamilyDistribution {
  median: number;
  /** The standard deviation of the logarithm: 0.55 puts half the villages within ±45% of the median. */
  spread: number;
  min: number;
  max: number;
}

export interface GeneratorOptions {
  /**
   * An official code of any level (`36`, `36.01`, `36.01.01`, `36.01.01.2001`), or `ID` for the
   * nation. Only desa (village codes 2xxx) are used: BLT-DD is paid from the Village Fund, which
   * kelurahan do not receive.
   */
  area: string;
  /** The same seed and options give the same output, byte for byte. */
  seed: number;
  /** 2024 unless given; one of the years BLT-DD's rules are known for (2020-2025). */
  year?: number;
  /** At most this many villages of the area, in code order. */
  villages?: number;
  families?: Partial<FamilyDistribution>;
  /** Planted instances of each rule's anomaly per village, on average (each rule at least once). */
  anomalyRate?: number;
  /** The programme's rules; BLT-DD's of the year by default. */
  rules?: ProgrammeRules;
  /** The sentinel's thresholds the plants cross and the clean data stays within. */
  config?: SentinelConfig;
  /** The key NIK tokens are made with in the ground truth's alert keys (SAKSI_PSEUDONYM_KEY). */
  pseudonymKey?: string;
}

export type ResolvedGeneratorOptions = Required<Omit<GeneratorOptions, 'villages' | 'families'>> & {
  villages: number | null;
  families: FamilyDistribution;
  programmeId: string;
};

/**
 * About 45 families a village (3.4 million KPM over 75,000 desa), the smallest list 10 families,
 * the largest 400: BLT-DD reached 5.6 million KPM in 2021 and 7.5 million in 2022, fewer since the
 * Village Fund's share for it was capped.
 */
export const DEFAULT_FAMILIES: FamilyDistribution = { median: 38, spread: 0.55, min: 10, max: 400 };
export const DEFAULT_ANOMALY_RATE = 0.02;
export const DEFAULT_PSEUDONYM_KEY = 'saksi-generate-pseudonym-key-not-a-secret';

/**
 * Beyond the built-in odds of what happens to a family's year: one family in twelve sees a transfer
 * bounce (paid again in cash two days later), one in ten a month paid late, in the next month's first
 * days.
 */
export const GENERATOR_FLAVOUR_ODDS: Partial<Record<Flavour, number>> = { failed: 0.08, late: 0.1 };

export function resolveGeneratorOptions(options: GeneratorOptions): ResolvedGeneratorOptions {
  const year = options.year ?? 2024;
  if (!options.rules && !BLT_DD_YEARS.includes(year))
    throw new Error(`No BLT-DD rules for ${year}: choose one of ${BLT_DD_YEARS.join(', ')}`);
  if (!Number.isSafeInteger(options.seed)) throw new Error('The seed must be a whole number');
  if (options.villages !== undefined && !(Number.isSafeInteger(options.villages) && options.villages > 0))
    throw new Error('--villages must be a whole number of 1 or more');
  const families = { ...DEFAULT_FAMILIES, ...options.families };
  if (families.min < 10 || families.max < families.min || families.median <= 0)
    throw new Error('Families per village must range from at least 10');
  const anomalyRate = options.anomalyRate ?? DEFAULT_ANOMALY_RATE;
  if (!(anomalyRate >= 0 && anomalyRate <= 1)) throw new Error('The anomaly rate must lie in 0..1');
  return {
    area: options.area.trim(),
    seed: options.seed,
    year,
    villages: options.villages ?? null,
    families,
    anomalyRate,
    rules: options.rules ?? bltDdRules(year),
    config: options.config ?? DEFAULT_SENTINEL_CONFIG,
    pseudonymKey: options.pseudonymKey ?? DEFAULT_PSEUDONYM_KEY,
    programmeId: `blt-dd-${year}`,
  };
}
