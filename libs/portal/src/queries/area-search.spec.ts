import { describe, expect, it } from '@jest/globals';
import { AreaDirectory } from '@saksi/area';
import { AreaSearch, searchKey } from './area-search.js';

const directory = new AreaDirectory({
  provinces: [{ code: '11', name: 'Aceh' }],
  regencies: [{ code: '11.01', name: 'Kabupaten Aceh Selatan', parentCode: '11' }],
  districts: [
    { code: '11.01.01', name: 'Bakongan', parentCode: '11.01' },
    { code: '11.01.02', name: 'Kluet Utara', parentCode: '11.01' },
  ],
  villages: [
    { code: '11.01.01.2001', name: 'Keude Bakongan', parentCode: '11.01.01' },
    { code: '11.01.02.2001', name: 'Fajar Harapan', parentCode: '11.01.02' },
  ],
});

describe('area search', () => {
  it('finds areas by a part of their name, whatever the case, accents or spacing', () => {
    expect(searchKey('  Keudé   BAKONGAN ')).toBe('keude bakongan');
    expect(new AreaSearch(directory).search('bakongan').map((area) => area.code)).toEqual([
      '11.01.01',
      '11.01.01.2001',
    ]);
    expect(new AreaSearch(directory).search('harap')).toEqual([
      {
        code: '11.01.02.2001',
        level: 'village',
        name: 'Fajar Harapan',
        within: ['Kluet Utara', 'Kabupaten Aceh Selatan', 'Aceh'],
      },
    ]);
  });

  it('needs two letters at least', () => {
    expect(new AreaSearch(directory).search('a')).toEqual([]);
  });
});
