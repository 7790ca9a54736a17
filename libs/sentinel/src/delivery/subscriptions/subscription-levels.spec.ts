import { describe, expect, it } from '@jest/globals';
import { regionCovers, subscriptionLevels } from './subscription-levels.js';

const sub = (id: string, region: string) => ({ id, region });

describe('subscription levels', () => {
  it('covers a village by its own code, its area prefixes and the nation, but not a lookalike code', () => {
    expect(regionCovers('11.01.01', '11.01.01.2001')).toBe(true);
    expect(regionCovers('11', '11.01.01.2001')).toBe(true);
    expect(regionCovers('', '11.01.01.2001')).toBe(true);
    expect(regionCovers('11.01.01.2001', '11.01.01.2001')).toBe(true);
    expect(regionCovers('11.0', '11.01.01.2001')).toBe(false);
    expect(regionCovers('12', '11.01.01.2001')).toBe(false);
    expect(regionCovers('11', null)).toBe(false);
  });

  it('orders the covering groups from the most specific to the nation, leaving other regions out', () => {
    const levels = subscriptionLevels(
      [
        sub('nation', ''),
        sub('province', '11'),
        sub('district', '11.01.01'),
        sub('other', '12'),
        sub('district2', '11.01.01'),
      ],
      '11.01.01.2001',
    );
    expect(levels.map((group) => group.map((s) => s.id))).toEqual([
      ['district', 'district2'],
      ['province'],
      ['nation'],
    ]);
  });

  it('gives an alert without a village to the nation only', () => {
    expect(subscriptionLevels([sub('province', '11'), sub('nation', '')], null)).toEqual([
      [sub('nation', '')],
    ]);
  });
});
