import type { FigureName } from '@saksi/projections';
import type { Bilingual } from './language.js';

/** The figures' names, and the sentences that say what each counts (on its provenance page). */
export const FIGURES: Bilingual<{
  names: Record<FigureName, string>;
  explain: Record<FigureName, string>;
  kpmStatuses: Record<string, string>;
  funds: { heading: string; danaDesa: string; allocation: string; share: string; allowed: string };
  kpm: { heading: string; byStatus: string; bySex: string; byAge: string; status: string };
  money: {
    heading: string;
    caption: string;
    due: string;
    paid: string;
    paidCount: string;
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
  alerts: { heading: string; caption: string; rule: string; none: string; intro: string };
}> = {
  id: {
    names: {
      allocation: 'Alokasi BLT Dana Desa',
      'kpm.registered': 'KPM terdaftar',
      'kpm.approved': 'KPM disetujui Musdes',
      'kpm.active': 'KPM aktif',
      'kpm.exited': 'KPM keluar atau meninggal',
      'payments.due': 'Pembayaran jatuh tempo',
      'payments.paid': 'Pembayaran dibayar',
      'payments.failed': 'Pembayaran gagal',
      'payments.reversed': 'Pembayaran ditarik kembali',
      'payments.late': 'Pembayaran terlambat',
      'training.sessionsHeld': 'Sesi pelatihan terlaksana',
      'training.attendance': 'Kehadiran pelatihan',
      'grievances.filed': 'Pengaduan masuk',
      'grievances.answered': 'Pengaduan dijawab',
    },
    explain: {
      allocation: 'Keputusan alokasi BLT Dana Desa dan Dana Desa untuk desa-desa di wilayah ini.',
      'kpm.registered': 'Pendaftaran keluarga penerima manfaat (KPM) sampai hari terakhir periode.',
      'kpm.approved': 'Persetujuan KPM oleh musyawarah desa (Musdes) sampai hari terakhir periode.',
      'kpm.active': 'Persetujuan Musdes dari KPM yang masih aktif pada hari terakhir periode.',
      'kpm.exited': 'KPM yang keluar atau meninggal sampai hari terakhir periode.',
      'payments.due': 'Pembayaran yang jatuh tempo untuk bulan-bulan dalam periode.',
      'payments.paid': 'Pembayaran yang dibayarkan untuk bulan-bulan dalam periode.',
      'payments.failed': 'Pembayaran yang gagal untuk bulan-bulan dalam periode.',
      'payments.reversed': 'Pembayaran yang ditarik kembali untuk bulan-bulan dalam periode.',
      'payments.late': 'Pembayaran yang dibayarkan setelah bulannya berakhir.',
      'training.sessionsHeld': 'Sesi pelatihan yang terlaksana dalam periode.',
      'training.attendance': 'Kehadiran di sesi pelatihan dalam periode.',
      'grievances.filed': 'Pengaduan yang masuk dalam periode (isinya tidak ditampilkan).',
      'grievances.answered': 'Jawaban atas pengaduan yang masuk dalam periode (isinya tidak ditampilkan).',
    },
    kpmStatuses: {
      registered: 'Terdaftar',
      verified: 'Terverifikasi',
      approved: 'Disetujui',
      rejected: 'Ditolak',
      suspended: 'Ditangguhkan',
      exited: 'Keluar',
      deceased: 'Meninggal',
    },
    funds: {
      heading: 'Dana Desa dan BLT Dana Desa',
      danaDesa: 'Dana Desa',
      allocation: 'Alokasi BLT Dana Desa',
      share: 'Bagian BLT-DD dari Dana Desa',
      allowed: 'Batas menurut aturan tahun ini',
    },
    kpm: {
      heading: 'Keluarga penerima manfaat (KPM)',
      byStatus: 'KPM menurut status pada akhir periode',
      bySex: 'KPM menurut status dan jenis kelamin kepala keluarga',
      byAge: 'KPM menurut status dan kelompok umur kepala keluarga',
      status: 'Status',
    },
    money: {
      heading: 'Uang bantuan per bulan',
      caption: 'Uang jatuh tempo dan dibayar per bulan',
      due: 'Jatuh tempo',
      paid: 'Dibayar',
      paidCount: 'Banyaknya pembayaran',
      failed: 'Gagal',
      reversed: 'Ditarik kembali',
      late: 'Terlambat',
    },
    training: {
      heading: 'Pelatihan dan kehadiran',
      caption: 'Pelatihan dalam periode',
      sessions: 'Sesi terlaksana',
      attendance: 'Kehadiran',
      trained: 'KPM aktif yang ikut pelatihan',
      trainedShare: 'Bagian KPM aktif yang ikut pelatihan',
    },
    grievances: {
      heading: 'Pengaduan',
      caption: 'Pengaduan dalam periode dan kecepatan jawabannya',
      filed: 'Pengaduan masuk',
      answered: 'Pengaduan dijawab',
      median: 'Median waktu sampai dijawab',
    },
    alerts: {
      heading: 'Peringatan kejanggalan',
      caption: 'Banyaknya peringatan menurut jenis dan keadaannya',
      rule: 'Jenis peringatan',
      none: 'Belum ada peringatan untuk program ini di wilayah ini.',
      intro:
        'Saksi memeriksa setiap catatan dengan aturan program dan memberi peringatan kepada inspektorat bila ada yang janggal. ' +
        'Di sini hanya jumlahnya; siapa yang bersangkutan tidak ditampilkan.',
    },
  },
  en: {
    names: {
      allocation: 'BLT Dana Desa allocation',
      'kpm.registered': 'Families registered',
      'kpm.approved': 'Families approved by the Musdes',
      'kpm.active': 'Active families',
      'kpm.exited': 'Families exited or deceased',
      'payments.due': 'Payments due',
      'payments.paid': 'Payments paid',
      'payments.failed': 'Payments failed',
      'payments.reversed': 'Payments reversed',
      'payments.late': 'Payments made late',
      'training.sessionsHeld': 'Training sessions held',
      'training.attendance': 'Training attendance',
      'grievances.filed': 'Grievances filed',
      'grievances.answered': 'Grievances answered',
    },
    explain: {
      allocation:
        "The decisions setting the BLT Dana Desa allocation and Village Fund of this area's villages.",
      'kpm.registered': 'The registrations of beneficiary families (KPM) up to the last day of the period.',
      'kpm.approved': "The village deliberation's (Musdes) approvals up to the last day of the period.",
      'kpm.active': 'The Musdes approvals of the families still active on the last day of the period.',
      'kpm.exited': 'The families that exited or died up to the last day of the period.',
      'payments.due': 'The payments due for the months of the period.',
      'payments.paid': 'The payments paid for the months of the period.',
      'payments.failed': 'The payments that failed for the months of the period.',
      'payments.reversed': 'The payments taken back for the months of the period.',
      'payments.late': 'The payments paid after their month had ended.',
      'training.sessionsHeld': 'The training sessions held within the period.',
      'training.attendance': 'The attendance at training sessions within the period.',
      'grievances.filed': 'The grievances filed within the period (their text is not shown).',
      'grievances.answered': 'The answers to grievances filed within the period (their text is not shown).',
    },
    kpmStatuses: {
      registered: 'Registered',
      verified: 'Verified',
      approved: 'Approved',
      rejected: 'Rejected',
      suspended: 'Suspended',
      exited: 'Exited',
      deceased: 'Deceased',
    },
    funds: {
      heading: 'Village Fund and BLT Dana Desa',
      danaDesa: 'Village Fund (Dana Desa)',
      allocation: 'BLT Dana Desa allocation',
      share: 'BLT-DD share of the Village Fund',
      allowed: "The limit in this year's rules",
    },
    kpm: {
      heading: 'Beneficiary families (KPM)',
      byStatus: 'Families by status at the end of the period',
      bySex: "Families by status and the head of family's sex",
      byAge: "Families by status and the head of family's age group",
      status: 'Status',
    },
    money: {
      heading: 'Cash assistance by month',
      caption: 'Money due and paid by month',
      due: 'Due',
      paid: 'Paid',
      paidCount: 'Payments made',
      failed: 'Failed',
      reversed: 'Reversed',
      late: 'Late',
    },
    training: {
      heading: 'Training and attendance',
      caption: 'Training within the period',
      sessions: 'Sessions held',
      attendance: 'Attendance',
      trained: 'Active families who attended training',
      trainedShare: 'Share of active families who attended training',
    },
    grievances: {
      heading: 'Grievances',
      caption: 'Grievances within the period and how fast they were answered',
      filed: 'Grievances filed',
      answered: 'Grievances answered',
      median: 'Median time to an answer',
    },
    alerts: {
      heading: 'Anomaly alerts',
      caption: 'Alerts by kind and by where they stand',
      rule: 'Kind of alert',
      none: 'No alerts for this programme in this area yet.',
      intro:
        "Saksi checks every record against the programme's rules and alerts the inspectors when something looks wrong. " +
        'Only the counts are shown here; whom an alert is about is not.',
    },
  },
};
