import type { Bilingual } from './language.js';

export const RECIPIENTS: Bilingual<{
  heading: (village: string) => string;
  intro: string;
  privacy: string;
  caption: string;
  initials: string;
  place: string;
  status: string;
  paid: string;
  musdes: string;
  reversed: string;
  none: string;
  count: (count: string) => string;
  back: string;
}> = {
  id: {
    heading: (village) => `Penerima bantuan di ${village}`,
    intro:
      'Keluarga penerima manfaat (KPM) yang disetujui musyawarah desa, seperti daftar yang ditempel di papan pengumuman desa.',
    privacy:
      'Sesuai UU Pelindungan Data Pribadi, daftar ini hanya memuat inisial kepala keluarga, dusun, RT/RW, status, ' +
      'uang yang dibayar dan nomor berita acara Musdes. NIK, nomor KK, rekening dan alasan pemilihan tidak pernah ditampilkan.',
    caption: 'Daftar penerima dan pembayaran per bulan',
    initials: 'Inisial',
    place: 'Dusun, RT/RW',
    status: 'Status',
    paid: 'Dibayar per bulan',
    musdes: 'Berita acara Musdes',
    reversed: 'ditarik kembali',
    none: 'Belum ada keluarga yang disetujui Musdes untuk program ini di desa ini.',
    count: (count) => `${count} keluarga.`,
    back: 'Kembali ke halaman desa',
  },
  en: {
    heading: (village) => `Recipients in ${village}`,
    intro:
      "The beneficiary families (KPM) the village deliberation approved, as on the village's notice board.",
    privacy:
      'As the personal data protection law requires, this list shows only the initials of the head of family, hamlet, ' +
      'RT/RW, status, the money paid and the Musdes minutes number. The NIK, family card number, bank account and the ' +
      'reason a family was chosen are never shown.',
    caption: 'Recipients and payments by month',
    initials: 'Initials',
    place: 'Hamlet, RT/RW',
    status: 'Status',
    paid: 'Paid by month',
    musdes: 'Musdes minutes',
    reversed: 'taken back',
    none: 'No family has been approved by the Musdes for this programme in this village yet.',
    count: (count) => `${count} families.`,
    back: 'Back to the village page',
  },
};
