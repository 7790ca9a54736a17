import type { ProgrammeRules } from '@saksi/events';
import { DEFAULT_SENTINEL_CONFIG, type SentinelConfig } from '../sentinel-config.js';

/** BLT-DD 2024 as bltDdRules(2024) gives it (PMK 146/2023): at most 25% of Dana Desa. */
export const BLT_2024_RULES: ProgrammeRules = {
  monthlyAmount: 300_000,
  allocationShareMin: null,
  allocationShareMax: 0.25,
  maxMonthsPerYear: 12,
  requiresP3ke: true,
  excludesPkh: true,
  minWomenTrainingShare: 0.3,
};

export const PROGRAMME = 'blt-2024';
/** Two villages of one district (kode wilayah as idn-area-data lists them). */
export const VILLAGE = '11.01.01.2001';
export const OTHER_VILLAGE = '11.01.01.2002';

export const CONFIG: SentinelConfig = DEFAULT_SENTINEL_CONFIG;
