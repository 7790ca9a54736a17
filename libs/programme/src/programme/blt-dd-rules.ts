import type { ProgrammeRules } from '@saksi/events';

/**
 * BLT Dana Desa's rules by year, as public reporting of the regulations gives them (domain.md): the
 * defaults an administrator starts from when creating a programme, to check against the year's
 * regulation, not law. 2020 paid Rp600,000 for April-June and Rp300,000 after; the monthly amount
 * here is the later one. 2021's share was not found in public sources, so it has no range.
 */
const byYear: Record<
  number,
  Pick<ProgrammeRules, 'allocationShareMin' | 'allocationShareMax' | 'requiresP3ke' | 'excludesPkh'>
> = {
  2020: { allocationShareMin: null, allocationShareMax: 0.35, requiresP3ke: false, excludesPkh: true }, // PMK 40/2020, 50/2020
  2021: { allocationShareMin: null, allocationShareMax: null, requiresP3ke: false, excludesPkh: true },
  2022: { allocationShareMin: 0.4, allocationShareMax: null, requiresP3ke: false, excludesPkh: true }, // Perpres 104/2021
  2023: { allocationShareMin: 0.1, allocationShareMax: 0.25, requiresP3ke: true, excludesPkh: true }, // PMK 201/2022
  2024: { allocationShareMin: null, allocationShareMax: 0.25, requiresP3ke: true, excludesPkh: true }, // PMK 146/2023
  2025: { allocationShareMin: null, allocationShareMax: 0.15, requiresP3ke: true, excludesPkh: true }, // reported, unconfirmed
};

export const BLT_DD_YEARS = Object.keys(byYear).map(Number);

export function bltDdRules(year: number): ProgrammeRules {
  const rules = byYear[year];
  if (!rules) throw new Error(`No BLT-DD defaults for ${year}; known years: ${BLT_DD_YEARS.join(', ')}`);
  return { monthlyAmount: 300_000, maxMonthsPerYear: 12, minWomenTrainingShare: 0.3, ...rules };
}
