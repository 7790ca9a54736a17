import { A, PROGRAMME, PROJECTIONS, scriptedProgramme } from '@saksi/projections';
import type { BaseFactory } from './fuzz-base-request.js';

const api = (json: object, holder: 'admin' | 'operator' | 'forum' | 'inspector', params = {}) => ({
  params,
  body: { json: json as never },
  holder,
  idempotent: true,
});

/** The rules of the scripted BLT-DD year, for another year's programme. */
const SCRIPTED_RULES = (
  scriptedProgramme().find(({ label }) => label === 'programme.created')!.event.data as { rules: never }
).rules;

/** What each of the ledger's write routes accepts, by route as Express registered it. */
export const API_BASES: Record<string, BaseFactory> = {
  'POST /api/v1/programmes': (context) =>
    api(
      {
        programmeId: context.fresh('prog'),
        kind: 'BLT-DD',
        name: 'BLT Dana Desa 2025',
        year: 2025,
        rules: SCRIPTED_RULES,
      },
      'admin',
    ),
  'POST /api/v1/programmes/:programmeId/allocations': () =>
    api(
      {
        villageCode: A,
        year: 2024,
        danaDesa: 1_000_000_000,
        allocation: 200_000_000,
        decreeRef: 'Perkades 1/2024',
      },
      'operator',
      { programmeId: PROGRAMME },
    ),
  'POST /api/v1/beneficiaries': (context) =>
    api(
      {
        kpmId: context.fresh('kpm'),
        programmeId: PROGRAMME,
        villageCode: A,
        hamlet: 'Dusun Mawar',
        rt: '001',
        rw: '002',
        head: { name: 'Siti Aminah', nik: context.nik(), sex: 'F', birthDate: '1980-07-05' },
        members: [{ sex: 'M', birthDate: '2012-03-01' }],
        kkNumber: '1101010101800001',
        sourceList: 'P3KE',
        otherAid: ['BPNT'],
        reason: 'Kehilangan mata pencaharian',
      },
      'operator',
    ),
  'POST /api/v1/beneficiaries/:kpmId/death': async (context) =>
    api({ dateOfDeath: '2024-03-01', evidenceRef: 'Akta 12/2024' }, 'operator', {
      kpmId: await context.family('approved'),
    }),
  'POST /api/v1/beneficiaries/:kpmId/verification': async (context) =>
    api({ note: 'Dikunjungi' }, 'operator', { kpmId: await context.family('registered') }),
  'POST /api/v1/beneficiaries/:kpmId/approval': async (context) =>
    api({ musdesRef: 'BA/02/2024', musdesDate: '2024-02-10' }, 'operator', {
      kpmId: await context.family('registered'),
    }),
  'POST /api/v1/beneficiaries/:kpmId/rejection': async (context) =>
    api({ reason: 'Sudah mampu' }, 'operator', { kpmId: await context.family('registered') }),
  'POST /api/v1/beneficiaries/:kpmId/suspension': async (context) =>
    api({ reason: 'Verifikasi ulang' }, 'operator', { kpmId: await context.family('approved') }),
  'POST /api/v1/beneficiaries/:kpmId/reinstatement': async (context) =>
    api({ reason: 'Sudah diverifikasi' }, 'operator', { kpmId: await context.family('suspended') }),
  'POST /api/v1/beneficiaries/:kpmId/exit': async (context) =>
    api({ reason: 'Pindah domisili' }, 'operator', { kpmId: await context.family('approved') }),
  'POST /api/v1/beneficiaries/:kpmId/payments-due': async (context) =>
    api({ paymentId: context.fresh('due'), period: '2024-04', amount: 300_000 }, 'operator', {
      kpmId: await context.family('approved'),
    }),
  'POST /api/v1/beneficiaries/:kpmId/payments': async (context) =>
    api(
      {
        paymentId: context.fresh('pay'),
        period: '2024-04',
        amount: 300_000,
        channel: 'bank',
        reference: 'TRX-0001',
        paidOn: '2024-04-20',
      },
      'operator',
      { kpmId: await context.family('approved') },
    ),
  'POST /api/v1/beneficiaries/:kpmId/payments/:paymentId/failure': async (context) => {
    const kpmId = await context.family('approved');
    return api({ period: '2024-03', reason: 'Rekening ditutup' }, 'operator', {
      kpmId,
      paymentId: await context.payment(kpmId),
    });
  },
  'POST /api/v1/beneficiaries/:kpmId/payments/:paymentId/reversal': async (context) => {
    const kpmId = await context.family('approved');
    return api({ period: '2024-03', amount: 300_000, reason: 'Dibayar ganda' }, 'operator', {
      kpmId,
      paymentId: await context.payment(kpmId),
    });
  },
  'POST /api/v1/training-sessions': () =>
    api(
      {
        programmeId: PROGRAMME,
        villageCode: A,
        topic: 'Pembukuan warung',
        place: 'Balai desa',
        startsAt: '2024-05-02T02:00:00+07:00',
        endsAt: '2024-05-02T04:00:00+07:00',
        capacity: 25,
        trainer: 'Pendamping desa',
      },
      'operator',
    ),
  'POST /api/v1/training-sessions/:sessionId/held': async (context) =>
    api({ note: 'Hadir 18 orang' }, 'operator', { sessionId: await context.session() }),
  'POST /api/v1/training-sessions/:sessionId/attendance': async (context) =>
    api(
      { kpmId: 'a1', participant: { sex: 'F', birthDate: '1950-05-17' }, attendedAt: '2024-03-10T02:05:00Z' },
      'operator',
      { sessionId: await context.session() },
    ),
  // A citizen's: no key at all.
  'POST /api/v1/grievances': () => ({
    params: {},
    body: {
      json: {
        villageCode: A,
        programmeId: PROGRAMME,
        category: 'payment',
        text: 'Bantuan Maret belum sampai.',
        contact: '0812-0000-0000',
      },
    },
    idempotent: true,
  }),
  'POST /api/v1/grievances/:grievanceId/answer': async (context) =>
    api({ answer: 'Sudah dibayar tanggal 20.' }, 'inspector', { grievanceId: await context.grievance() }),
  'POST /api/v1/findings': () =>
    api(
      {
        forum: 'BPD',
        forumName: 'BPD Keude Bakongan',
        villageCode: A,
        programmeId: PROGRAMME,
        summary: 'Pembayaran Februari terlambat dua minggu.',
        evidenceRefs: ['Notulen 3/2024'],
        relatedEventIds: [],
      },
      'forum',
    ),
  'POST /api/v1/corrections': async (context) => {
    const kpmId = await context.family('registered');
    const [registered] = await context.saksi.store.readStream(`kpm-${kpmId}`);
    return api(
      {
        correctsEventId: registered!.eventId,
        reason: 'Salah ketik dusun',
        fields: { hamlet: 'Dusun Melati' },
      },
      'operator',
    );
  },
  'POST /api/v1/alerts/:alertId/acknowledge': async (context) =>
    api({ note: 'Sedang dicek' }, 'inspector', { alertId: await context.openAlert() }),
  'POST /api/v1/alerts/:alertId/dismiss': async (context) =>
    api({ reason: 'Sudah disetujui Musdes' }, 'inspector', { alertId: await context.openAlert() }),
  'POST /api/v1/alerts/:alertId/escalate': async (context) =>
    api({ level: 2, reason: 'Perlu kabupaten' }, 'inspector', { alertId: await context.openAlert() }),
  'POST /api/v1/alerts/:alertId/resolve': async (context) =>
    api({ resolution: 'Dana dikembalikan ke kas desa.' }, 'inspector', {
      alertId: await context.openAlert(),
    }),
  'POST /api/v1/kpm/:kpmId/erasure': async (context) => ({
    params: { kpmId: await context.family('registered') },
    body: { json: { reason: 'Permintaan keluarga, UU 27/2022' } },
    holder: 'admin',
  }),
  'POST /api/v1/projections/:name/replay': () => ({
    params: { name: PROJECTIONS.find(({ name }) => name.includes('grievance'))!.name },
    holder: 'admin',
  }),
  'POST /api/v1/alert-subscriptions': () => ({
    params: {},
    body: { json: { name: 'Inspektorat Aceh Selatan', region: '11.01', email: 'inspektorat@example.org' } },
    holder: 'admin',
  }),
  'DELETE /api/v1/alert-subscriptions/:id': async (context) => ({
    params: { id: await context.subscription() },
    holder: 'admin',
  }),
  'POST /api/v1/alert-deliveries/dead-letters/:id/replay': async (context) => ({
    params: { id: await context.deadLetter() },
    holder: 'admin',
  }),
  'POST /api/v1/imports/:kind': async (context) => ({
    params: { kind: 'approvals' },
    body: {
      csv: `kpm_id,musdes_ref,musdes_date\n${await context.family('registered')},BA/03/2024,2024-03-01\n`,
    },
    holder: 'operator',
  }),
};
