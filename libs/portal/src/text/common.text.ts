import type { Bilingual } from './language.js';

/** The words every page shares: the frame around it, the log head, and the programme vocabulary. */
export const COMMON: Bilingual<{
  site: string;
  tagline: string;
  skip: string;
  nav: string;
  home: string;
  search: string;
  grievance: string;
  login: string;
  oversight: string;
  logout: string;
  switchTo: string;
  nation: string;
  levels: Record<'nation' | 'province' | 'regency' | 'district' | 'village', string>;
  breadcrumb: string;
  programme: string;
  period: string;
  show: string;
  csv: string;
  tableOf: (caption: string) => string;
  csvAll: string;
  noData: string;
  chartNote: string;
  head: {
    heading: string;
    reach: (position: string) => string;
    head: (position: string) => string;
    verify: string;
  };
  statuses: Record<'registered' | 'approved' | 'active' | 'exited', string>;
  sexes: Record<'F' | 'M', string>;
  ages: Record<'youth' | 'adult' | 'elderly' | 'unknown', string>;
  alertStatuses: Record<'open' | 'acknowledged' | 'dismissed' | 'resolved', string>;
  severities: Record<'low' | 'medium' | 'high' | 'critical', string>;
  item: string;
  total: string;
  count: string;
  amount: string;
  month: string;
  days: string;
  back: string;
  next: string;
}> = {
  id: {
    site: 'Saksi',
    tagline: 'Catatan bantuan sosial yang terbuka dan tidak dapat diubah diam-diam',
    skip: 'Langsung ke isi',
    nav: 'Menu utama',
    home: 'Beranda',
    search: 'Cari wilayah',
    grievance: 'Pengaduan',
    login: 'Masuk (forum, inspektorat)',
    oversight: 'Pengawasan',
    logout: 'Keluar',
    switchTo: 'English',
    nation: 'Indonesia',
    levels: {
      nation: 'Nasional',
      province: 'Provinsi',
      regency: 'Kabupaten/Kota',
      district: 'Kecamatan',
      village: 'Desa/Kelurahan',
    },
    breadcrumb: 'Letak wilayah',
    programme: 'Program',
    period: 'Periode',
    show: 'Tampilkan',
    csv: 'Unduh tabel ini (CSV)',
    tableOf: (caption) => `Tabel: ${caption}`,
    csvAll: 'Semua angka (CSV)',
    noData: 'Belum ada catatan untuk program ini di wilayah ini.',
    chartNote: 'Angka yang sama ada di tabel di bawah grafik.',
    head: {
      heading: 'Memeriksa halaman ini',
      reach: (position) => `Angka di halaman ini mencakup catatan Saksi sampai nomor urut ${position}.`,
      head: (position) => `Ujung catatan saat halaman ini dibuat: nomor urut ${position}, hash`,
      verify:
        'Catatan Saksi hanya bisa ditambah, tidak bisa diubah. Siapa pun yang memegang salinan catatan dapat ' +
        'memastikan bahwa catatan belum diubah sejak halaman ini dibuat dengan perintah berikut; hasilnya harus OK.',
    },
    statuses: {
      registered: 'Terdaftar',
      approved: 'Disetujui Musdes',
      active: 'Aktif',
      exited: 'Keluar atau meninggal',
    },
    sexes: { F: 'Perempuan', M: 'Laki-laki' },
    ages: {
      youth: 'Muda (sampai 30 th)',
      adult: 'Dewasa (31–59 th)',
      elderly: 'Lansia (60 th ke atas)',
      unknown: 'Tidak diketahui',
    },
    alertStatuses: { open: 'Baru', acknowledged: 'Ditangani', dismissed: 'Ditolak', resolved: 'Selesai' },
    severities: { low: 'rendah', medium: 'sedang', high: 'tinggi', critical: 'kritis' },
    item: 'Uraian',
    total: 'Jumlah',
    count: 'Banyaknya',
    amount: 'Jumlah uang',
    month: 'Bulan',
    days: 'hari',
    back: 'Kembali',
    next: 'Halaman berikutnya',
  },
  en: {
    site: 'Saksi',
    tagline: 'Social assistance records that are open and cannot be quietly changed',
    skip: 'Skip to content',
    nav: 'Main menu',
    home: 'Home',
    search: 'Find an area',
    grievance: 'Grievances',
    login: 'Log in (forums, inspectors)',
    oversight: 'Oversight',
    logout: 'Log out',
    switchTo: 'Bahasa Indonesia',
    nation: 'Indonesia',
    levels: {
      nation: 'Nation',
      province: 'Province',
      regency: 'Regency/City',
      district: 'District',
      village: 'Village',
    },
    breadcrumb: 'Where this area is',
    programme: 'Programme',
    period: 'Period',
    show: 'Show',
    csv: 'Download this table (CSV)',
    tableOf: (caption) => `Table: ${caption}`,
    csvAll: 'All figures (CSV)',
    noData: 'No records of this programme in this area yet.',
    chartNote: 'The same numbers are in the table below the chart.',
    head: {
      heading: 'Checking this page',
      reach: (position) => `The figures on this page cover the Saksi log up to position ${position}.`,
      head: (position) => `The head of the log when this page was made: position ${position}, hash`,
      verify:
        "Saksi's log can only grow; nothing in it can be changed. Anyone holding a copy of the log can make sure " +
        'it has not been changed since this page was made with the following command; it must answer OK.',
    },
    statuses: {
      registered: 'Registered',
      approved: 'Approved by the Musdes',
      active: 'Active',
      exited: 'Exited or deceased',
    },
    sexes: { F: 'Women', M: 'Men' },
    ages: {
      youth: 'Young (up to 30)',
      adult: 'Adult (31–59)',
      elderly: 'Elderly (60 and over)',
      unknown: 'Unknown',
    },
    alertStatuses: {
      open: 'New',
      acknowledged: 'Being handled',
      dismissed: 'Dismissed',
      resolved: 'Resolved',
    },
    severities: { low: 'low', medium: 'medium', high: 'high', critical: 'critical' },
    item: 'Item',
    total: 'Total',
    count: 'Number',
    amount: 'Amount',
    month: 'Month',
    days: 'days',
    back: 'Back',
    next: 'Next page',
  },
};
