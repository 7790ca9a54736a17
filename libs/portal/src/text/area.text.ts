import type { Bilingual } from './language.js';

/** The drill-down pages (nation, province, regency, district, village) and the search. */
export const AREA: Bilingual<{
  periodHint: string;
  intro: string;
  childrenHeading: (level: string) => string;
  childrenCaption: (level: string) => string;
  childrenChart: (level: string) => string;
  childrenChartDesc: (level: string, top: string) => string;
  area: string;
  summary: string;
  noProgramme: string;
  village: (name: string) => string;
  villageIntro: string;
  recipients: string;
  recipientsText: string;
  report: string;
  fileGrievance: string;
  fundsChart: string;
  fundsChartDesc: (danaDesa: string, allocation: string, share: string) => string;
  kpmChart: string;
  kpmChartDesc: (active: string, women: string, men: string) => string;
  moneyChart: string;
  moneyChartDesc: (due: string, paid: string) => string;
  trainingChart: string;
  trainingChartDesc: (women: string, men: string) => string;
  legendDue: string;
  legendPaid: string;
  maxLabel: (value: string) => string;
  search: {
    heading: string;
    label: string;
    hint: string;
    button: string;
    results: (count: number) => string;
    none: string;
    within: string;
  };
}> = {
  id: {
    periodHint: '(2024, 2024-Q2 atau 2024-05)',
    intro:
      'Angka program bantuan sosial di wilayah ini, dihitung dari catatan Saksi. Klik sebuah angka untuk melihat catatan di baliknya.',
    childrenHeading: (level) => `${level} di wilayah ini`,
    childrenCaption: (level) => `Angka per ${level.toLowerCase()}`,
    childrenChart: (level) => `Uang bantuan dibayar per ${level.toLowerCase()}`,
    childrenChartDesc: (level, top) =>
      `Grafik batang uang yang dibayar per ${level.toLowerCase()}. Terbesar: ${top}.`,
    area: 'Wilayah',
    summary: 'Ringkasan',
    noProgramme: 'Belum ada program yang tercatat di Saksi.',
    village: (name) => `Desa ${name}`,
    villageIntro:
      'Halaman transparansi desa: anggaran, keluarga penerima, uang yang dibayar, pelatihan, pengaduan dan peringatan. ' +
      'Setiap angka adalah tautan ke catatan di baliknya.',
    recipients: 'Daftar penerima',
    recipientsText:
      'Daftar keluarga penerima yang disetujui Musdes, seperti di papan pengumuman desa (tanpa NIK).',
    report: 'Laporan desa untuk dicetak',
    fileGrievance: 'Ajukan pengaduan tentang desa ini',
    fundsChart: 'Dana Desa dan alokasi BLT Dana Desa',
    fundsChartDesc: (danaDesa, allocation, share) =>
      `Grafik batang: Dana Desa ${danaDesa}, alokasi BLT Dana Desa ${allocation}, yaitu ${share} dari Dana Desa.`,
    kpmChart: 'KPM menurut status',
    kpmChartDesc: (active, women, men) =>
      `Grafik batang KPM menurut status. KPM aktif: ${active}, dengan kepala keluarga perempuan ${women} dan laki-laki ${men}.`,
    moneyChart: 'Uang jatuh tempo dan dibayar per bulan',
    moneyChartDesc: (due, paid) =>
      `Grafik kolom per bulan. Jumlah jatuh tempo ${due}, jumlah dibayar ${paid}.`,
    trainingChart: 'Kehadiran pelatihan menurut jenis kelamin',
    trainingChartDesc: (women, men) =>
      `Grafik batang kehadiran pelatihan: perempuan ${women}, laki-laki ${men}.`,
    legendDue: 'jatuh tempo',
    legendPaid: 'dibayar',
    maxLabel: (value) => `Tertinggi ${value}`,
    search: {
      heading: 'Cari wilayah',
      label: 'Nama provinsi, kabupaten, kecamatan atau desa',
      hint: 'Paling sedikit dua huruf, misalnya Bakongan.',
      button: 'Cari',
      results: (count) => `${count} wilayah ditemukan.`,
      none: 'Tidak ada wilayah dengan nama itu.',
      within: 'di',
    },
  },
  en: {
    periodHint: '(2024, 2024-Q2 or 2024-05)',
    intro:
      "The figures of social assistance programmes in this area, computed from Saksi's log. Select a figure to see the records behind it.",
    childrenHeading: (level) => `${level} in this area`,
    childrenCaption: (level) => `Figures per ${level.toLowerCase()}`,
    childrenChart: (level) => `Cash assistance paid per ${level.toLowerCase()}`,
    childrenChartDesc: (level, top) =>
      `Bar chart of the money paid per ${level.toLowerCase()}. Largest: ${top}.`,
    area: 'Area',
    summary: 'Summary',
    noProgramme: 'No programme has been recorded in Saksi yet.',
    village: (name) => `Village of ${name}`,
    villageIntro:
      "A village's transparency page: budget, beneficiary families, money paid, training, grievances and alerts. " +
      'Every figure links to the records behind it.',
    recipients: 'List of recipients',
    recipientsText: 'The families approved by the Musdes, as on the village notice board (no NIK).',
    report: 'Printable village report',
    fileGrievance: 'File a grievance about this village',
    fundsChart: 'Village Fund and BLT Dana Desa allocation',
    fundsChartDesc: (danaDesa, allocation, share) =>
      `Bar chart: Village Fund ${danaDesa}, BLT Dana Desa allocation ${allocation}, which is ${share} of the Village Fund.`,
    kpmChart: 'Families by status',
    kpmChartDesc: (active, women, men) =>
      `Bar chart of families by status. Active families: ${active}, headed by ${women} women and ${men} men.`,
    moneyChart: 'Money due and paid by month',
    moneyChartDesc: (due, paid) => `Column chart by month. Total due ${due}, total paid ${paid}.`,
    trainingChart: 'Training attendance by sex',
    trainingChartDesc: (women, men) => `Bar chart of training attendance: women ${women}, men ${men}.`,
    legendDue: 'due',
    legendPaid: 'paid',
    maxLabel: (value) => `Highest ${value}`,
    search: {
      heading: 'Find an area',
      label: 'Name of a province, regency, district or village',
      hint: 'At least two letters, for example Bakongan.',
      button: 'Search',
      results: (count) => `${count} areas found.`,
      none: 'No area has that name.',
      within: 'in',
    },
  },
};
