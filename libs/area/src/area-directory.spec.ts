import { describe, expect, it } from '@jest/globals';
import type { AreaLists } from './area.js';
import { AreaDirectory } from './area-directory.js';
import { InconsistentAreaData } from './area.errors.js';

const lists: AreaLists = {
  provinces: [
    { code: '11', name: 'Aceh' },
    { code: '12', name: 'Sumatera Utara' },
  ],
  regencies: [
    { code: '11.01', name: 'Kabupaten Aceh Selatan', parentCode: '11' },
    { code: '11.02', name: 'Kabupaten Aceh Tenggara', parentCode: '11' },
  ],
  districts: [
    { code: '11.01.01', name: 'Bakongan', parentCode: '11.01' },
    { code: '11.01.02', name: 'Kluet Utara', parentCode: '11.01' },
  ],
  villages: [
    { code: '11.01.01.2001', name: 'Keude Bakongan', parentCode: '11.01.01' },
    { code: '11.01.01.2002', name: 'Ujong Mangki', parentCode: '11.01.01' },
    { code: '11.01.02.2001', name: 'Fajar Harapan', parentCode: '11.01.02' },
  ],
};
const directory = new AreaDirectory(lists);
const codes = (areas: readonly { code: string }[]): string[] => areas.map((area) => area.code);

describe('area directory', () => {
  it('finds each level by its dotted code, with its parent', () => {
    expect(directory.province('11')).toEqual({ code: '11', name: 'Aceh', parentCode: undefined });
    expect(directory.regency('11.01')).toEqual({
      code: '11.01',
      name: 'Kabupaten Aceh Selatan',
      parentCode: '11',
    });
    expect(directory.district('11.01.02')).toEqual({
      code: '11.01.02',
      name: 'Kluet Utara',
      parentCode: '11.01',
    });
    expect(directory.village('11.01.01.2002')).toEqual({
      code: '11.01.01.2002',
      name: 'Ujong Mangki',
      parentCode: '11.01.01',
    });
  });

  it('finds nothing for an unknown code or a code of another level', () => {
    expect(directory.province('13')).toBeUndefined();
    expect(directory.regency('11')).toBeUndefined();
    expect(directory.district('11.01.01.2001')).toBeUndefined();
    expect(directory.village('11.01.01.2999')).toBeUndefined();
    expect(directory.village('1101012001')).toBeUndefined();
  });

  it('answers whether a district or village exists', () => {
    expect(directory.districtExists('11.01.01')).toBe(true);
    expect(directory.districtExists('11.02.01')).toBe(false);
    expect(directory.villageExists('11.01.02.2001')).toBe(true);
    expect(directory.villageExists('11.01.02.2002')).toBe(false);
  });

  it('walks down the hierarchy in the order of the lists', () => {
    expect(codes(directory.regenciesOfProvince('11'))).toEqual(['11.01', '11.02']);
    expect(codes(directory.districtsOfRegency('11.01'))).toEqual(['11.01.01', '11.01.02']);
    expect(codes(directory.villagesOfDistrict('11.01.01'))).toEqual(['11.01.01.2001', '11.01.01.2002']);
    expect(codes(directory.villagesOfRegency('11.01'))).toEqual([
      '11.01.01.2001',
      '11.01.01.2002',
      '11.01.02.2001',
    ]);
  });

  it('gives no children for an area without any, an unknown code, or a code of the wrong level', () => {
    expect(directory.regenciesOfProvince('12')).toEqual([]);
    expect(directory.districtsOfRegency('11.02')).toEqual([]);
    expect(directory.villagesOfRegency('11.02')).toEqual([]);
    expect(directory.villagesOfDistrict('99.99.99')).toEqual([]);
    expect(directory.districtsOfRegency('11')).toEqual([]);
    expect(directory.villagesOfDistrict('11.01')).toEqual([]);
  });

  it('counts each level', () => {
    expect(directory.counts()).toEqual({ provinces: 2, regencies: 2, districts: 2, villages: 3 });
  });

  it.each([
    [
      'a malformed code',
      { ...lists, villages: [{ code: '11.01.01.201', name: 'X', parentCode: '11.01.01' }] },
      /shape/,
    ],
    [
      'a code listed twice',
      { ...lists, provinces: [...lists.provinces, { code: '11', name: 'Aceh' }] },
      /twice/,
    ],
    [
      'a parent that is not listed',
      { ...lists, districts: [{ code: '11.03.01', name: 'X', parentCode: '11.03' }] },
      /parent/,
    ],
    [
      'a code that does not extend its parent’s',
      { ...lists, districts: [...lists.districts, { code: '11.02.01', name: 'X', parentCode: '11.01' }] },
      /parent/,
    ],
  ])('refuses lists with %s', (_given, broken: AreaLists, message) => {
    expect(() => new AreaDirectory(broken)).toThrow(InconsistentAreaData);
    expect(() => new AreaDirectory(broken)).toThrow(message);
  });
});
