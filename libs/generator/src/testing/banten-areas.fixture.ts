import { AreaDirectory } from '@saksi/area';

const desa = (district: string, names: string[]) =>
  names.map((name, index) => ({
    code: `${district}.${2001 + index}`,
    name,
    parentCode: district,
  }));

/**
 * Real areas of idn-area-data (Kabupaten Pandeglang, Banten), copied so that unit tests need no
 * file: two districts of desa, and one of kelurahan only (no Village Fund, so no BLT-DD).
 */
export const BANTEN_AREAS = new AreaDirectory({
  provinces: [{ code: '36', name: 'Banten' }],
  regencies: [{ code: '36.01', name: 'Kabupaten Pandeglang', parentCode: '36' }],
  districts: [
    { code: '36.01.01', name: 'Sumur', parentCode: '36.01' },
    { code: '36.01.02', name: 'Cimanggu', parentCode: '36.01' },
    { code: '36.01.21', name: 'Pandeglang', parentCode: '36.01' },
  ],
  villages: [
    ...desa('36.01.01', [
      'Sumberjaya',
      'Kertajaya',
      'Kertamukti',
      'Tunggaljaya',
      'Cigorondong',
      'Tamanjaya',
      'Ujungjaya',
    ]),
    ...desa('36.01.02', [
      'Rancapinang',
      'Cibadak',
      'Tugu',
      'Batuhideung',
      'Padasuka',
      'Ciburial',
      'Cijaralang',
      'Cimanggu',
      'Mangkualam',
      'Tangkil Sari',
      'Waringin Kurung',
      'Kramatjaya',
    ]),
    { code: '36.01.21.1002', name: 'Kadomas', parentCode: '36.01.21' },
    { code: '36.01.21.1003', name: 'Babakan Kalanganyar', parentCode: '36.01.21' },
    { code: '36.01.21.1004', name: 'Kabayan', parentCode: '36.01.21' },
    { code: '36.01.21.1009', name: 'Pandeglang', parentCode: '36.01.21' },
  ],
});
