import type { Bilingual } from './language.js';

/** The signed-in pages: login, the oversight home, timelines and findings. */
export const OVERSIGHT: Bilingual<{
  login: { heading: string; intro: string; key: string; keyHint: string; button: string; wrongRole: string };
  home: {
    heading: string;
    signedIn: (name: string, role: string) => string;
    village: string;
    villageHint: string;
    date: string;
    dateHint: string;
    position: string;
    positionHint: string;
    open: string;
    findings: string;
    alerts: string;
  };
  roles: Record<string, string>;
  timeline: {
    heading: (village: string) => string;
    asOf: (date: string) => string;
    asOfPosition: (position: string) => string;
    today: string;
    intro: string;
    reach: (position: string) => string;
    figures: string;
    events: string;
    report: string;
    findings: string;
    noFindings: string;
    record: {
      heading: string;
      forum: string;
      forumName: string;
      summary: string;
      button: string;
      recorded: string;
    };
    forums: Record<string, string>;
  };
  findings: {
    heading: string;
    caption: string;
    village: string;
    forum: string;
    summary: string;
    recorded: string;
    related: string;
    none: string;
  };
}> = {
  id: {
    login: {
      heading: 'Masuk untuk forum pengawas dan inspektorat',
      intro:
        'Tempel kunci akses yang diberikan admin Saksi kepada Anda. Kunci disimpan di peramban ini sampai Anda keluar (paling lama 8 jam).',
      key: 'Kunci akses',
      keyHint: 'Dimulai dengan saksi_',
      button: 'Masuk',
      wrongRole: 'Antarmuka ini untuk forum pengawas, inspektorat dan admin.',
    },
    home: {
      heading: 'Pengawasan',
      signedIn: (name, role) => `Anda masuk sebagai ${name} (${role}).`,
      village: 'Kode desa',
      villageHint: 'misalnya 11.01.01.2001',
      date: 'Keadaan per tanggal',
      dateHint: 'kosongkan untuk hari ini',
      position: 'atau per nomor urut catatan',
      positionHint: 'misalnya dari halaman yang Anda simpan',
      open: 'Buka riwayat desa',
      findings: 'Temuan forum',
      alerts: 'Kotak peringatan',
    },
    roles: { forum: 'forum pengawas', inspector: 'inspektorat', admin: 'admin' },
    timeline: {
      heading: (village) => `Riwayat program di ${village}`,
      asOf: (date) => `Keadaan per akhir hari ${date} (WIB)`,
      asOfPosition: (position) => `Keadaan per catatan nomor urut ${position}`,
      today: 'Keadaan hari ini',
      intro:
        'Setiap catatan program di desa ini menurut urutannya di catatan Saksi, dengan siapa yang mencatat dan hash-nya. ' +
        'Data pribadi disamarkan: inisial, tahun lahir, NIK tersamar dan tokennya.',
      reach: (position) => `Sampai nomor urut ${position}.`,
      figures: 'Angka pada tanggal itu',
      events: 'Catatan',
      report: 'Laporan desa untuk dicetak (per tanggal yang sama)',
      findings: 'Temuan forum di desa ini',
      noFindings: 'Belum ada temuan forum untuk desa ini.',
      record: {
        heading: 'Catat temuan forum',
        forum: 'Jenis forum',
        forumName: 'Nama forum',
        summary: 'Temuan',
        button: 'Catat temuan',
        recorded: 'Temuan tercatat.',
      },
      forums: { BPD: 'BPD', 'community-forum': 'Forum warga', NGO: 'LSM', LPMD: 'LPMD', other: 'Lainnya' },
    },
    findings: {
      heading: 'Temuan forum pengawas',
      caption: 'Temuan yang dicatat forum, terbaru lebih dulu',
      village: 'Desa',
      forum: 'Forum',
      summary: 'Temuan',
      recorded: 'Dicatat',
      related: 'Catatan terkait',
      none: 'Belum ada temuan.',
    },
  },
  en: {
    login: {
      heading: 'Log in for oversight forums and inspectors',
      intro:
        'Paste the access key a Saksi administrator gave you. It is kept in this browser until you log out (at most 8 hours).',
      key: 'Access key',
      keyHint: 'Starts with saksi_',
      button: 'Log in',
      wrongRole: 'This interface is for oversight forums, inspectors and administrators.',
    },
    home: {
      heading: 'Oversight',
      signedIn: (name, role) => `You are logged in as ${name} (${role}).`,
      village: 'Village code',
      villageHint: 'for example 11.01.01.2001',
      date: 'As of the date',
      dateHint: 'leave empty for today',
      position: 'or as of a log position',
      positionHint: 'for example from a page you kept',
      open: "Open the village's history",
      findings: 'Forum findings',
      alerts: 'Alert inbox',
    },
    roles: { forum: 'oversight forum', inspector: 'inspector', admin: 'administrator' },
    timeline: {
      heading: (village) => `Programme history in ${village}`,
      asOf: (date) => `As it stood at the end of ${date} (WIB)`,
      asOfPosition: (position) => `As it stood at log position ${position}`,
      today: 'As it stands today',
      intro:
        'Every record of the programme in this village in its order in the Saksi log, with who recorded it and its hash. ' +
        'Personal data is masked: initials, birth year, the masked NIK and its token.',
      reach: (position) => `Up to position ${position}.`,
      figures: 'The figures on that date',
      events: 'Records',
      report: 'Printable village report (as of the same date)',
      findings: 'Forum findings in this village',
      noFindings: 'No forum findings for this village yet.',
      record: {
        heading: 'Record a forum finding',
        forum: 'Kind of forum',
        forumName: 'Name of the forum',
        summary: 'Finding',
        button: 'Record the finding',
        recorded: 'Finding recorded.',
      },
      forums: { BPD: 'BPD', 'community-forum': 'Community forum', NGO: 'NGO', LPMD: 'LPMD', other: 'Other' },
    },
    findings: {
      heading: 'Oversight forum findings',
      caption: 'Findings recorded by forums, newest first',
      village: 'Village',
      forum: 'Forum',
      summary: 'Finding',
      recorded: 'Recorded',
      related: 'Related records',
      none: 'No findings yet.',
    },
  },
};
