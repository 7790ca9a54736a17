import { describe, expect, it } from '@jest/globals';
import { programmeRules } from '@saksi/events';
import { bltDdRules, BLT_DD_YEARS } from './blt-dd-rules.js';

describe('BLT-DD rules by year', () => {
  it('gives each year its reported share of Dana Desa', () => {
    expect(bltDdRules(2022)).toMatchObject({ allocationShareMin: 0.4, allocationShareMax: null });
    expect(bltDdRules(2023)).toMatchObject({
      allocationShareMin: 0.1,
      allocationShareMax: 0.25,
      requiresP3ke: true,
    });
    expect(bltDdRules(2024)).toMatchObject({
      allocationShareMax: 0.25,
      monthlyAmount: 300_000,
      maxMonthsPerYear: 12,
    });
  });

  it('gives rules that fit the programme.created contract, for every year it knows', () => {
    for (const year of BLT_DD_YEARS) expect(programmeRules.safeParse(bltDdRules(year)).success).toBe(true);
  });

  it('says which years it knows when asked for another', () => {
    expect(() => bltDdRules(2019)).toThrow('known years: 2020, 2021, 2022, 2023, 2024, 2025');
  });
});
