import type { Bilingual } from './language.js';

export const PROVENANCE: Bilingual<{
  heading: (figure: string) => string;
  scope: (area: string, programme: string, period: string) => string;
  total: (count: string) => string;
  privacy: string;
  check: string;
  back: (area: string) => string;
  json: string;
}> = {
  id: {
    heading: (figure) => `Catatan di balik angka: ${figure}`,
    scope: (area, programme, period) => `${area} · ${programme} · periode ${period}`,
    total: (count) => `Angka ini dihitung dari ${count} catatan berikut, menurut urutannya di catatan Saksi.`,
    privacy:
      'Data pribadi tidak ditampilkan: nama menjadi inisial, tanggal lahir menjadi tahun, dan NIK, nomor KK, ' +
      'alasan serta kontak dihilangkan.',
    check:
      'Setiap catatan membawa hash yang mengikat catatan sebelumnya. Bila satu catatan diubah, hash semua catatan ' +
      'sesudahnya tidak cocok lagi, dan perintah saksi verify di bawah halaman ini akan menunjukkannya.',
    back: (area) => `Kembali ke ${area}`,
    json: 'Daftar yang sama sebagai JSON',
  },
  en: {
    heading: (figure) => `The records behind a figure: ${figure}`,
    scope: (area, programme, period) => `${area} · ${programme} · period ${period}`,
    total: (count) =>
      `This figure is computed from the following ${count} records, in their order in the Saksi log.`,
    privacy:
      'No personal data is shown: names become initials, birth dates their year, and the NIK, family card number, ' +
      'reasons and contacts are left out.',
    check:
      'Every record carries a hash that binds the one before it. If one record were changed, the hashes of all later ' +
      'records would no longer match, and the saksi verify command at the foot of this page would show it.',
    back: (area) => `Back to ${area}`,
    json: 'The same list as JSON',
  },
};
