import { describe, it } from '@jest/globals';
import type { ProgrammeCreated } from '@saksi/events';
import { given } from '../testing/given-when-then.js';
import { bltDdRules } from './blt-dd-rules.js';
import { programmeDecider } from './programme.decider.js';

const blt2024: ProgrammeCreated['data'] = {
  programmeId: 'blt-2024',
  kind: 'BLT-DD',
  name: 'BLT Dana Desa 2024',
  year: 2024,
  rules: bltDdRules(2024),
};
const created = { type: 'programme.created' as const, data: blt2024 };
const allocation = {
  programmeId: 'blt-2024',
  villageCode: '11.01.01.2001',
  year: 2024,
  danaDesa: 943_000_000,
  allocation: 300_000_000,
};
const programme = given.bind(null, programmeDecider);

describe('programmes and village allocations', () => {
  it('creates a programme with its year rules', () => {
    programme().when({ kind: 'create-programme', data: blt2024 }).then([created]);
  });

  it('refuses a share range whose minimum is above its maximum', () => {
    programme()
      .when({
        kind: 'create-programme',
        data: { ...blt2024, rules: { ...blt2024.rules, allocationShareMin: 0.4, allocationShareMax: 0.25 } },
      })
      .thenRefuses('PROGRAMME.SHARE_RANGE_INVERTED', 'invalid');
  });

  it('records an allocation above the legal share (32% here): the sentinel flags it', () => {
    programme([created])
      .when({ kind: 'set-village-allocation', data: allocation })
      .then([{ type: 'programme.village-allocation-set', data: allocation }]);
  });

  it('refuses an allocation larger than the whole Dana Desa, which cannot be true', () => {
    programme([created])
      .when({ kind: 'set-village-allocation', data: { ...allocation, allocation: 950_000_000 } })
      .thenRefuses('ALLOCATION.ABOVE_FUND', 'invalid');
  });

  it('refuses an allocation for another year or an unknown programme', () => {
    programme([created])
      .when({ kind: 'set-village-allocation', data: { ...allocation, year: 2025 } })
      .thenRefuses('ALLOCATION.YEAR_MISMATCH');
    programme()
      .when({ kind: 'set-village-allocation', data: allocation })
      .thenRefuses('PROGRAMME.NOT_FOUND', 'not-found');
  });
});
