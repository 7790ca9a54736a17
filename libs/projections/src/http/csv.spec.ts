import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { cell, flatten, toCsv } from './csv.js';

describe('csv for spreadsheets', () => {
  it('writes a header and one line per row, quoting what needs it', () => {
    const csv = toCsv(
      ['name', 'amount', 'note'],
      [
        { name: 'Balai desa, RT 02', amount: 1_200_000, note: 'kata "lunas"' },
        { name: 'Dusun Mawar', amount: null },
      ],
    );
    expect(parse(csv)).toEqual([
      ['name', 'amount', 'note'],
      ['Balai desa, RT 02', '1200000', 'kata "lunas"'],
      ['Dusun Mawar', '', ''],
    ]);
  });

  it('keeps a spreadsheet from running a cell as a formula, but not a negative number', () => {
    expect(cell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(cell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(cell('-300000')).toBe('-300000');
    expect(cell(-300_000)).toBe('-300000');
  });

  it('writes instants in ISO 8601, lists with spaces and objects as JSON', () => {
    expect(cell(new Date('2024-02-10T02:05:00Z'))).toBe('2024-02-10T02:05:00.000Z');
    expect(cell(['2024-01', '2024-02'])).toBe('2024-01 2024-02');
    expect(cell({ from: '2024-03-01' })).toBe('{"from":"2024-03-01"}');
    expect(cell(true)).toBe('true');
  });

  it('flattens nested figures into dotted names', () => {
    expect(
      flatten({ kpm: { active: 1, bySex: { F: { active: 1 } } }, share: null, months: ['2024-01'] }),
    ).toEqual({ 'kpm.active': 1, 'kpm.bySex.F.active': 1, share: null, months: ['2024-01'] });
  });
});
