import type { Bilingual } from './language.js';

/** The inspectors' alert inbox and an alert's page. */
export const ALERTS: Bilingual<{
  inbox: {
    heading: string;
    intro: string;
    area: string;
    status: string;
    severity: string;
    rule: string;
    any: string;
    filter: string;
    caption: string;
    raised: string;
    village: string;
    subject: string;
    level: string;
    none: string;
  };
  alert: {
    heading: (rule: string) => string;
    why: string;
    facts: string;
    subject: string;
    village: string;
    programme: string;
    severity: string;
    status: string;
    level: string;
    raised: string;
    closing: string;
    details: string;
    evidence: string;
    evidenceIntro: string;
    triage: string;
    actions: string;
    closed: string;
    done: Record<string, string>;
    lagging: string;
  };
  actions: {
    acknowledge: { heading: string; note: string; button: string };
    dismiss: { heading: string; reason: string; button: string };
    escalate: { heading: string; level: string; reason: string; button: string };
    resolve: { heading: string; resolution: string; button: string };
  };
  refused: string;
}> = {
  id: {
    inbox: {
      heading: 'Kotak peringatan',
      intro: 'Kejanggalan yang ditemukan Saksi pada catatan program, terlama lebih dulu.',
      area: 'Wilayah (kode)',
      status: 'Keadaan',
      severity: 'Tingkat',
      rule: 'Aturan',
      any: 'Semua',
      filter: 'Saring',
      caption: 'Peringatan',
      raised: 'Muncul',
      village: 'Desa',
      subject: 'Tentang',
      level: 'Eskalasi',
      none: 'Tidak ada peringatan dengan saringan ini.',
    },
    alert: {
      heading: (rule) => `Peringatan: ${rule}`,
      why: 'Mengapa ini janggal',
      facts: 'Keterangan',
      subject: 'Tentang',
      village: 'Desa',
      programme: 'Program',
      severity: 'Tingkat',
      status: 'Keadaan',
      level: 'Tingkat eskalasi',
      raised: 'Muncul',
      closing: 'Catatan penutup',
      details: 'Rincian',
      evidence: 'Bukti: catatan di balik peringatan ini',
      evidenceIntro: 'Catatan di posisi bukti, dengan data pribadi disamarkan seperti untuk forum pengawas.',
      triage: 'Riwayat penanganan',
      actions: 'Tindakan',
      closed: 'Peringatan ini sudah ditutup; tidak ada tindakan lagi.',
      done: {
        acknowledge: 'Peringatan diterima dan tercatat.',
        dismiss: 'Peringatan ditolak dan tercatat dengan alasannya.',
        escalate: 'Peringatan dieskalasi dan tercatat.',
        resolve: 'Peringatan diselesaikan dan tercatat.',
      },
      lagging: 'Tindakan sudah tercatat; halaman ini mungkin belum menampilkannya. Muat ulang sebentar lagi.',
    },
    actions: {
      acknowledge: { heading: 'Terima', note: 'Catatan (boleh dikosongkan)', button: 'Terima peringatan' },
      dismiss: { heading: 'Tolak', reason: 'Alasan menolak', button: 'Tolak peringatan' },
      escalate: { heading: 'Eskalasi', level: 'Ke tingkat', reason: 'Alasan eskalasi', button: 'Eskalasi' },
      resolve: { heading: 'Selesaikan', resolution: 'Penyelesaian', button: 'Selesaikan peringatan' },
    },
    refused: 'Tindakan tidak tercatat',
  },
  en: {
    inbox: {
      heading: 'Alert inbox',
      intro: 'Anomalies Saksi found in the programme records, oldest first.',
      area: 'Area (code)',
      status: 'Status',
      severity: 'Severity',
      rule: 'Rule',
      any: 'Any',
      filter: 'Filter',
      caption: 'Alerts',
      raised: 'Raised',
      village: 'Village',
      subject: 'About',
      level: 'Escalation',
      none: 'No alerts match these filters.',
    },
    alert: {
      heading: (rule) => `Alert: ${rule}`,
      why: 'Why this is an anomaly',
      facts: 'Facts',
      subject: 'About',
      village: 'Village',
      programme: 'Programme',
      severity: 'Severity',
      status: 'Status',
      level: 'Escalation level',
      raised: 'Raised',
      closing: 'Closing note',
      details: 'Details',
      evidence: 'Evidence: the records behind this alert',
      evidenceIntro: 'The records at the evidence positions, personal data masked as for oversight forums.',
      triage: 'Triage so far',
      actions: 'Actions',
      closed: 'This alert is closed; nothing more can be done to it.',
      done: {
        acknowledge: 'Alert acknowledged and recorded.',
        dismiss: 'Alert dismissed and recorded with its reason.',
        escalate: 'Alert escalated and recorded.',
        resolve: 'Alert resolved and recorded.',
      },
      lagging: 'The action is recorded; this page may not show it yet. Reload it in a moment.',
    },
    actions: {
      acknowledge: { heading: 'Acknowledge', note: 'Note (optional)', button: 'Acknowledge the alert' },
      dismiss: { heading: 'Dismiss', reason: 'Reason for dismissing', button: 'Dismiss the alert' },
      escalate: {
        heading: 'Escalate',
        level: 'To level',
        reason: 'Reason for escalating',
        button: 'Escalate',
      },
      resolve: { heading: 'Resolve', resolution: 'Resolution', button: 'Resolve the alert' },
    },
    refused: 'The action was not recorded',
  },
};
