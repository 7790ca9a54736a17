import type { Bilingual } from './language.js';

export const GRIEVANCE: Bilingual<{
  heading: string;
  intro: string;
  village: string;
  villageHint: string;
  villageOf: (name: string) => string;
  programme: string;
  anyProgramme: string;
  category: string;
  categories: Record<'eligibility' | 'payment' | 'abuse' | 'service' | 'other', string>;
  text: string;
  textHint: string;
  contact: string;
  contactHint: string;
  trap: string;
  send: string;
  problems: string;
  track: { heading: string; label: string; button: string };
  receipt: {
    heading: string;
    recorded: string;
    code: string;
    keep: string;
    due: (date: string) => string;
    follow: string;
    position: (position: string) => string;
  };
  status: {
    heading: (code: string) => string;
    filed: string;
    village: string;
    category: string;
    due: string;
    answered: (date: string) => string;
    waiting: string;
    overdue: string;
    answer: string;
    unknown: string;
    unknownHint: string;
  };
  refused: string;
  again: string;
}> = {
  id: {
    heading: 'Ajukan pengaduan',
    intro:
      'Siapa pun boleh mengadu tentang program bantuan di desanya, tanpa akun dan tanpa nama. Pengaduan Anda dicatat di ' +
      'catatan Saksi yang tidak dapat diubah, dan petugas wajib menjawabnya dalam 14 hari.',
    village: 'Kode desa',
    villageHint:
      'Misalnya 11.01.01.2001. Kodenya ada di halaman desa; cari desa Anda lewat menu "Cari wilayah".',
    villageOf: (name) => `Desa ${name}`,
    programme: 'Program',
    anyProgramme: 'Tidak tentu / semua program',
    category: 'Tentang apa?',
    categories: {
      eligibility: 'Siapa yang terdaftar atau tidak terdaftar',
      payment: 'Pembayaran (belum sampai, kurang, dipotong)',
      abuse: 'Penyalahgunaan (pungutan, pemotongan, kecurangan)',
      service: 'Pelayanan petugas',
      other: 'Lainnya',
    },
    text: 'Pengaduan Anda',
    textHint: 'Tuliskan apa yang terjadi, kapan dan di mana. Jangan tulis NIK, nomor KK atau nomor rekening.',
    contact: 'Cara menghubungi Anda (boleh dikosongkan)',
    contactHint:
      'Nomor telepon atau alamat surel, hanya untuk petugas dan tidak pernah ditampilkan. Kosongkan untuk mengadu tanpa nama.',
    trap: 'Jangan isi kolom ini',
    send: 'Kirim pengaduan',
    problems: 'Pengaduan belum terkirim. Periksa isian berikut:',
    track: { heading: 'Sudah mengadu?', label: 'Kode pelacakan', button: 'Lihat jawaban' },
    receipt: {
      heading: 'Pengaduan Anda sudah tercatat',
      recorded: 'Terima kasih. Pengaduan Anda sudah masuk ke catatan Saksi dan tidak dapat dihapus.',
      code: 'Kode pelacakan Anda',
      keep: 'Simpan atau catat kode ini: hanya dengan kode ini Anda dapat melihat jawabannya. Kode ini tidak memuat data pribadi Anda.',
      due: (date) => `Petugas wajib menjawab paling lambat ${date}.`,
      follow: 'Lihat jawaban pengaduan ini',
      position: (position) => `Nomor urut pengaduan Anda di catatan Saksi: ${position}.`,
    },
    status: {
      heading: (code) => `Pengaduan ${code}`,
      filed: 'Diajukan',
      village: 'Desa',
      category: 'Tentang',
      due: 'Batas waktu jawaban',
      answered: (date) => `Sudah dijawab pada ${date}.`,
      waiting: 'Belum dijawab.',
      overdue:
        'Batas waktu jawaban sudah lewat. Anda dapat membawa kode ini ke BPD atau forum warga desa Anda.',
      answer: 'Jawaban petugas',
      unknown: 'Tidak ada pengaduan dengan kode itu.',
      unknownHint:
        'Periksa lagi kodenya (delapan huruf dan angka, misalnya AB12-CD34). Pengaduan yang baru saja dikirim bisa butuh satu menit sebelum muncul.',
    },
    refused: 'Pengaduan tidak dapat diterima',
    again: 'Kembali ke formulir pengaduan',
  },
  en: {
    heading: 'File a grievance',
    intro:
      'Anyone may complain about an assistance programme in their village, with no account and no name. Your grievance is ' +
      'recorded in the Saksi log, which cannot be changed, and officials must answer it within 14 days.',
    village: 'Village code',
    villageHint:
      'For example 11.01.01.2001. The code is on the village page; find your village through "Find an area".',
    villageOf: (name) => `Village of ${name}`,
    programme: 'Programme',
    anyProgramme: 'Not specific / every programme',
    category: 'What is it about?',
    categories: {
      eligibility: 'Who is or is not on the list',
      payment: 'Payment (not received, too little, cut)',
      abuse: 'Abuse (fees, deductions, fraud)',
      service: "Officials' service",
      other: 'Something else',
    },
    text: 'Your grievance',
    textHint:
      'Write what happened, when and where. Do not write an NIK, a family card number or a bank account number.',
    contact: 'How to reach you (optional)',
    contactHint:
      'A phone number or an email address, for officials only and never shown. Leave it empty to complain anonymously.',
    trap: 'Do not fill in this field',
    send: 'Send the grievance',
    problems: 'The grievance was not sent yet. Check the following:',
    track: { heading: 'Already filed one?', label: 'Tracking code', button: 'See the answer' },
    receipt: {
      heading: 'Your grievance is recorded',
      recorded: 'Thank you. Your grievance is in the Saksi log and cannot be deleted.',
      code: 'Your tracking code',
      keep: 'Keep or write down this code: only with it can you see the answer. The code holds no personal data of yours.',
      due: (date) => `Officials must answer by ${date}.`,
      follow: 'See the answer to this grievance',
      position: (position) => `Your grievance's position in the Saksi log: ${position}.`,
    },
    status: {
      heading: (code) => `Grievance ${code}`,
      filed: 'Filed',
      village: 'Village',
      category: 'About',
      due: 'Answer due by',
      answered: (date) => `Answered on ${date}.`,
      waiting: 'Not answered yet.',
      overdue:
        'The time to answer has passed. You may take this code to the BPD or the community forum of your village.',
      answer: "The officials' answer",
      unknown: 'There is no grievance with that code.',
      unknownHint:
        'Check the code again (eight letters and digits, for example AB12-CD34). A grievance sent a moment ago may take a minute to appear.',
    },
    refused: 'The grievance cannot be accepted',
    again: 'Back to the grievance form',
  },
};
