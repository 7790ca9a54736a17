import type { ReportLanguage } from './html-format.js';

/** Every sentence of the printed village report, in Indonesian and English. */
export interface ReportText {
  title: string;
  village: string;
  villageCode: string;
  programme: string;
  period: string;
  until: string;
  printed: string;
  intro: string;
  funds: { heading: string; caption: string; danaDesa: string; allocation: string; share: string };
  item: string;
  amount: string;
  count: string;
  total: string;
  female: string;
  male: string;
  status: string;
  statuses: { registered: string; approved: string; active: string; exited: string };
  families: { heading: string; bySex: string; byAge: string };
  ages: { youth: string; adult: string; elderly: string; unknown: string };
  money: {
    heading: string;
    caption: string;
    due: string;
    paid: string;
    failed: string;
    reversed: string;
    late: string;
  };
  training: {
    heading: string;
    caption: string;
    sessions: string;
    attendance: string;
    trained: string;
    trainedShare: string;
  };
  grievances: { heading: string; caption: string; filed: string; answered: string; median: string };
  days: string;
  footer: {
    heading: string;
    reach: (position: string) => string;
    head: (position: string) => string;
    verify: string;
    provenance: string;
  };
}

export const REPORT_TEXT: Record<ReportLanguage, ReportText> = {
  id: {
    title: 'Laporan Desa',
    village: 'Desa',
    villageCode: 'Kode desa',
    programme: 'Program',
    period: 'Periode',
    until: 's.d.',
    printed: 'Dibuat',
    intro:
      'Laporan ini untuk rapat forum pengawasan desa (BPD, forum warga). Jumlah keluarga dihitung pada hari ' +
      'terakhir periode; uang, pelatihan dan pengaduan adalah yang terjadi dalam periode. Setiap angka adalah ' +
      'tautan ke daftar catatan di baliknya.',
    funds: {
      heading: '1. Dana Desa dan BLT Dana Desa',
      caption: 'Dana Desa dan alokasi BLT-DD tahun program',
      danaDesa: 'Dana Desa',
      allocation: 'Alokasi BLT Dana Desa',
      share: 'Bagian BLT-DD dari Dana Desa',
    },
    item: 'Uraian',
    amount: 'Jumlah uang',
    count: 'Banyaknya',
    total: 'Jumlah',
    female: 'Perempuan',
    male: 'Laki-laki',
    status: 'Status',
    statuses: {
      registered: 'Terdaftar',
      approved: 'Disetujui Musdes',
      active: 'Aktif pada akhir periode',
      exited: 'Keluar atau meninggal',
    },
    families: {
      heading: '2. Keluarga penerima manfaat (KPM)',
      bySex: 'KPM menurut status dan jenis kelamin kepala keluarga',
      byAge: 'KPM menurut status dan kelompok umur kepala keluarga',
    },
    ages: {
      youth: 'Muda (sampai 30 th)',
      adult: 'Dewasa (31–59 th)',
      elderly: 'Lansia (60 th ke atas)',
      unknown: 'Tidak diketahui',
    },
    money: {
      heading: '3. Uang bantuan',
      caption: 'Pembayaran bantuan dalam periode',
      due: 'Jatuh tempo',
      paid: 'Dibayar',
      failed: 'Gagal dibayar',
      reversed: 'Ditarik kembali',
      late: 'Dibayar terlambat (lewat bulannya)',
    },
    training: {
      heading: '4. Pelatihan',
      caption: 'Pelatihan dalam periode',
      sessions: 'Sesi pelatihan terlaksana',
      attendance: 'Kehadiran',
      trained: 'KPM aktif yang ikut pelatihan',
      trainedShare: 'Bagian KPM aktif yang ikut pelatihan',
    },
    grievances: {
      heading: '5. Pengaduan',
      caption: 'Pengaduan dalam periode',
      filed: 'Pengaduan masuk',
      answered: 'Pengaduan dijawab',
      median: 'Median waktu sampai dijawab',
    },
    days: 'hari',
    footer: {
      heading: 'Memeriksa laporan ini',
      reach: (position) => `Angka-angka ini mencakup catatan Saksi sampai nomor urut ${position}.`,
      head: (position) => `Ujung catatan saat laporan ini dibuat: nomor urut ${position}, dengan hash`,
      verify:
        'Untuk memastikan catatan tidak diubah sejak laporan ini dibuat, siapa pun yang memegang salinan ' +
        'catatan Saksi dapat menjalankan perintah berikut; hasilnya harus "OK":',
      provenance:
        'Daftar catatan di balik setiap angka ada di alamat seperti berikut, dengan nama angka di ujungnya (di sini payments.paid, uang yang dibayar):',
    },
  },
  en: {
    title: 'Village Report',
    village: 'Village',
    villageCode: 'Village code',
    programme: 'Programme',
    period: 'Period',
    until: 'to',
    printed: 'Produced',
    intro:
      "This report is for the meeting of the village's oversight forum (BPD, community forum). Families are " +
      'counted as they stood on the last day of the period; money, training and grievances are what happened ' +
      'within it. Every figure links to the list of records behind it.',
    funds: {
      heading: '1. Village Fund and BLT Dana Desa',
      caption: 'Village Fund (Dana Desa) and BLT-DD allocation of the programme year',
      danaDesa: 'Village Fund (Dana Desa)',
      allocation: 'BLT Dana Desa allocation',
      share: 'BLT-DD share of the Village Fund',
    },
    item: 'Item',
    amount: 'Amount',
    count: 'Number',
    total: 'Total',
    female: 'Women',
    male: 'Men',
    status: 'Status',
    statuses: {
      registered: 'Registered',
      approved: 'Approved by the Musdes',
      active: 'Active at the end of the period',
      exited: 'Exited or deceased',
    },
    families: {
      heading: '2. Beneficiary families (KPM)',
      bySex: "Families by status and the head of family's sex",
      byAge: "Families by status and the head of family's age group",
    },
    ages: {
      youth: 'Young (up to 30)',
      adult: 'Adult (31–59)',
      elderly: 'Elderly (60 and over)',
      unknown: 'Unknown',
    },
    money: {
      heading: '3. Cash assistance',
      caption: 'Payments within the period',
      due: 'Due',
      paid: 'Paid',
      failed: 'Failed',
      reversed: 'Reversed (taken back)',
      late: 'Paid late (after its month)',
    },
    training: {
      heading: '4. Training',
      caption: 'Training within the period',
      sessions: 'Sessions held',
      attendance: 'Attendance',
      trained: 'Active families who attended training',
      trainedShare: 'Share of active families who attended training',
    },
    grievances: {
      heading: '5. Grievances',
      caption: 'Grievances within the period',
      filed: 'Grievances filed',
      answered: 'Grievances answered',
      median: 'Median time to an answer',
    },
    days: 'days',
    footer: {
      heading: 'Checking this report',
      reach: (position) => `These figures cover the Saksi log up to position ${position}.`,
      head: (position) => `The head of the log when this report was produced: position ${position}, hash`,
      verify:
        'To make sure the log has not been changed since this report was produced, anyone holding a copy of ' +
        'the Saksi log can run the following command; it must answer "OK":',
      provenance:
        'The records behind each figure are listed at an address like the following, with the figure’s name at its end (here payments.paid, the money paid):',
    },
  },
};
