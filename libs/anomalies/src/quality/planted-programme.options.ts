import type { ProgrammeRules } from '@saksi/events';
import { DEFAULT_SENTINEL_CONFIG, type SentinelConfig } from '../sentinel-config.js';
import type { Flavour } from './model.js';

/** The knobs of a planted programme year. */
export interface PlantedProgrammeOptions {
  /** The same seed gives the same events, ids and ground truth. */
  seed: number;
  villages: number;
  /** Instances planted of every rule that can fire under the programme's rules (at least this many alerts). */
  plantsPerRule: number;
  year: number;
  /** The year's programme rules, e.g. `bltDdRules(2024)` from @saksi/programme. */
  rules: ProgrammeRules;
  /** The thresholds the plants must cross and the clean data must stay within. */
  config?: SentinelConfig;
  /** KPM registered per village, min..max (before planted extra registrations). */
  kpmPerVillage?: readonly [number, number];
  sessionsPerVillage?: readonly [number, number];
  villagesPerDistrict?: number;
  /** The province digits of the generated codes (32: Jawa Barat). */
  provinceCode?: string;
  programmeId?: string;
  /**
   * How often each year happens to a registered family (see kpm-flavours.ts), replacing the
   * built-in odds of the flavours named; `late` (a month paid in the first days of the next) is 0
   * unless given.
   */
  flavourOdds?: Partial<Record<Flavour, number>>;
  /** Odds that a family files a grievance in the year; 0: one grievance in three villages. */
  grievancesPerFamily?: number;
}

export type ResolvedOptions = Required<PlantedProgrammeOptions>;

export function resolveOptions(options: PlantedProgrammeOptions): ResolvedOptions {
  const resolved: ResolvedOptions = {
    config: DEFAULT_SENTINEL_CONFIG,
    kpmPerVillage: [15, 60],
    sessionsPerVillage: [2, 4],
    villagesPerDistrict: 10,
    provinceCode: '32',
    programmeId: `blt-dd-${options.year}`,
    flavourOdds: {},
    grievancesPerFamily: 0,
    ...options,
  };
  const [fewest, most] = resolved.kpmPerVillage;
  const { burstThreshold, minTrainedKpmForGap } = resolved.config;
  const fail = (why: string) => {
    throw new Error(`A planted programme cannot be made: ${why}`);
  };
  if (resolved.plantsPerRule < 1) fail('plantsPerRule must be at least 1');
  if (fewest < 10 || most < fewest) fail('kpmPerVillage must be a range from at least 10');
  // Recorders share a payday's list, each below the threshold with room for planted extras.
  if (burstThreshold < 20) fail('a burstThreshold below 20 leaves no room for a village payday');
  if (minTrainedKpmForGap + 10 > 40) fail('minTrainedKpmForGap above 30 leaves no room in a session');
  if (resolved.rules.maxMonthsPerYear < 3) fail('a programme of fewer than 3 months a year is not modelled');
  if (resolved.villages < 3 * resolved.plantsPerRule)
    fail(`${3 * resolved.plantsPerRule} villages are needed for ${resolved.plantsPerRule} plants per rule`);
  return resolved;
}
