import { describe, expect, it } from '@jest/globals';
import { loadAreaDirectory } from './load-area-directory.js';
import { checkNik } from './nik.js';

describe('load area directory', () => {
  it('loads the official lists once and shares them', async () => {
    const [first, second] = await Promise.all([loadAreaDirectory(), loadAreaDirectory()]);
    expect(second).toBe(first);
    expect(await loadAreaDirectory()).toBe(first);
  });

  it('finds real areas at every level', async () => {
    const areas = await loadAreaDirectory();
    expect(areas.province('11')).toEqual({ code: '11', name: 'Aceh', parentCode: undefined });
    expect(areas.regency('11.01')).toEqual({
      code: '11.01',
      name: 'Kabupaten Aceh Selatan',
      parentCode: '11',
    });
    expect(areas.district('11.01.01')).toEqual({ code: '11.01.01', name: 'Bakongan', parentCode: '11.01' });
    expect(areas.village('11.01.01.2001')).toEqual({
      code: '11.01.01.2001',
      name: 'Keude Bakongan',
      parentCode: '11.01.01',
    });
    expect(areas.villagesOfDistrict('11.01.01').map((village) => village.code)).toContain('11.01.01.2001');
  });

  it('holds every province, regency, district and village of the package', async () => {
    // Row counts of idn-area-data 4.0.1's CSV files; a new version may change them, never shrink them to zero.
    const counts = (await loadAreaDirectory()).counts();
    expect(counts.provinces).toBe(38);
    expect(counts.regencies).toBeGreaterThan(500);
    expect(counts.districts).toBeGreaterThan(7000);
    expect(counts.villages).toBeGreaterThan(80_000);
  });

  it('reads names with quoted commas and quotes intact', async () => {
    const areas = await loadAreaDirectory();
    expect(areas.village('12.07.28.1007')?.name).toBe('Lubuk Pakam I,II');
    expect(areas.village('35.13.15.2017')?.name).toBe('Soka"an');
  });

  it('finds nothing for made-up codes', async () => {
    const areas = await loadAreaDirectory();
    expect(areas.villageExists('11.01.01.9999')).toBe(false);
    expect(areas.districtExists('99.99.99')).toBe(false);
    expect(areas.province('10')).toBeUndefined();
  });

  it('checks a NIK against the real district list', async () => {
    const areas = await loadAreaDirectory();
    const exists = (code: string): boolean => areas.districtExists(code);
    expect(checkNik('1101015205900001', { sex: 'F', birthDate: '1990-05-12' }, exists)).toEqual([]);
    expect(
      checkNik('9999995205900001', { sex: 'F', birthDate: '1990-05-12' }, exists).map((p) => p.code),
    ).toEqual(['NIK.UNKNOWN_DISTRICT']);
  });
});
