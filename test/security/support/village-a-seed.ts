import { A, B } from '@saksi/projections';
import { waitUntil } from '@saksi/testing';
import { type AuthzApp, type MatrixRole, ROLES } from './authz-app.js';
import { type Answer, fields, type SampleRequest, send } from './authz-http.js';

export const PROGRAMME = 'blt-authz-2024';
const TRIAGE = ['acknowledge', 'dismiss', 'escalate', 'resolve', 'portal'] as const;
const FAMILIES = [
  'verify',
  'approve',
  'reject',
  'death',
  'erase',
  'suspend',
  'exit',
  'facts',
  'reinstate',
] as const;

/**
 * What one role's requests act on, all in village A, so that an allowed write finds its family in
 * the state it needs (a suspension needs an approved family, a reinstatement a suspended one) and
 * no role's write changes what another role's request meets.
 */
export interface RoleFixtures {
  tag: string;
  kpm: Record<(typeof FAMILIES)[number], string>;
  /** Paid, on kpm.facts: what a reversal reverses. */
  paid: { paymentId: string; period: string };
  sessions: { hold: string; attend: string };
  grievanceId: string;
  /** The registration of kpm.approve: what a correction corrects. */
  correctionTarget: string;
  /** Open alerts about village A, one for each triage action (the portal's acknowledges). */
  alerts: Record<(typeof TRIAGE)[number], string>;
}

export interface MatrixFixtures {
  programmeId: string;
  villageA: string;
  villageB: string;
  /** Village A's records that reads concern. */
  read: { kpm: string; session: string; alert: string; trackingCode: string };
  subscriptionToDelete: string;
  deadLetterId: string;
  roles: Record<MatrixRole, RoleFixtures>;
}

const TAGS: Record<MatrixRole, string> = {
  citizen: 'cz',
  operatorA: 'oa',
  operatorB: 'ob',
  forum: 'fo',
  inspector: 'in',
  admin: 'ad',
};

/**
 * Village A's programme year as the API records it: set up by an administrator, families through
 * their lifecycle, payments (some to families never approved, which the sentinel turns into
 * alerts), training sessions, grievances filed by citizens, and e-mail deliveries that fail into
 * dead letters for want of an SMTP server. Village B gets an allocation and one family.
 */
export async function seedVillageA(saksi: AuthzApp): Promise<MatrixFixtures> {
  const admin = (method: string, request: SampleRequest, expected = 201) =>
    expectStatus(send(saksi.baseUrl, method, request, { bearer: saksi.keys.admin }), expected, request.path);
  const post = (path: string, json: unknown, expected = 201) => admin('POST', { path, json }, expected);
  let serial = 0;
  const register = async (kpmId: string, village = A): Promise<string> => {
    const answer = await post('/api/v1/beneficiaries', registration(kpmId, village, ++serial));
    return (fields(answer)['events'] as { eventId: string }[])[0]!.eventId;
  };
  const pay = (kpmId: string, paymentId: string, period: string) =>
    post(`/api/v1/beneficiaries/${kpmId}/payments`, {
      paymentId,
      period,
      amount: 300_000,
      channel: 'cash',
      reference: `KW-${paymentId}`,
      paidOn: `${period}-25`,
    });
  const approve = (kpmId: string) =>
    post(`/api/v1/beneficiaries/${kpmId}/approval`, {
      musdesRef: 'BA-MUSDES/01/2024',
      musdesDate: '2024-01-20',
    });
  const schedule = (sessionId: string) => post('/api/v1/training-sessions', session(sessionId));
  const fileGrievance = async () => {
    const answer = await expectStatus(
      send(saksi.baseUrl, 'POST', {
        path: '/api/v1/grievances',
        json: {
          villageCode: A,
          programmeId: PROGRAMME,
          category: 'payment',
          text: 'Bantuan bulan Januari belum sampai.',
        },
      }),
      201,
      '/api/v1/grievances',
    );
    return {
      grievanceId: String(fields(answer)['grievanceId']),
      trackingCode: String(fields(answer)['trackingCode']),
    };
  };

  await post('/api/v1/programmes', programme());
  for (const village of [A, B])
    await post(`/api/v1/programmes/${PROGRAMME}/allocations`, {
      villageCode: village,
      year: 2024,
      danaDesa: 1_000_000_000,
      allocation: 200_000_000,
    });
  await post('/api/v1/alert-subscriptions', {
    name: 'Inspektorat (tanpa SMTP)',
    region: A,
    email: 'inspektorat@example.org',
  });
  const toDelete = await post('/api/v1/alert-subscriptions', {
    name: 'Dihapus',
    region: B,
    email: 'lama@example.org',
  });
  await register('m-b1', B);

  const roles = {} as Record<MatrixRole, RoleFixtures>;
  for (const role of ROLES) {
    const tag = TAGS[role];
    const kpm = Object.fromEntries(FAMILIES.map((name) => [name, `m-${tag}-${name}`])) as RoleFixtures['kpm'];
    const registrations: Record<string, string> = {};
    for (const name of FAMILIES) registrations[name] = await register(kpm[name]);
    for (const name of ['suspend', 'exit', 'facts', 'reinstate'] as const) await approve(kpm[name]);
    await post(`/api/v1/beneficiaries/${kpm.reinstate}/suspension`, { reason: 'Verifikasi ulang' });
    const paid = { paymentId: `m-${tag}-p1`, period: '2024-01' };
    await pay(kpm.facts, paid.paymentId, paid.period);
    const alertFamilies = Object.fromEntries(TRIAGE.map((action) => [action, `m-${tag}-al-${action}`]));
    for (const family of Object.values(alertFamilies)) {
      await register(family);
      await pay(family, `${family}-p1`, '2024-01');
    }
    const sessions = { hold: `m-${tag}-s-hold`, attend: `m-${tag}-s-attend` };
    await schedule(sessions.hold);
    await schedule(sessions.attend);
    const { grievanceId } = await fileGrievance();
    roles[role] = {
      tag,
      kpm,
      paid,
      sessions,
      grievanceId,
      correctionTarget: registrations['approve']!,
      alerts: alertFamilies as RoleFixtures['alerts'],
    };
  }

  const read = { kpm: 'm-read', session: 'm-read-s', alert: 'm-read-al' };
  await register(read.kpm);
  await approve(read.kpm);
  await pay(read.kpm, 'm-read-p1', '2024-01');
  await register(read.alert);
  await pay(read.alert, 'm-read-al-p1', '2024-01');
  await schedule(read.session);
  await post(`/api/v1/training-sessions/${read.session}/attendance`, {
    kpmId: read.kpm,
    participant: { sex: 'M', birthDate: '1950-05-17' },
    attendedAt: '2024-03-01T02:05:00Z',
  });
  const { trackingCode } = await fileGrievance();

  await saksi.settled();
  // Families paid without an approval: the sentinel raised one alert about each.
  const alertOf = await alertsBySubject(saksi);
  for (const fixtures of Object.values(roles))
    fixtures.alerts = Object.fromEntries(
      Object.entries(fixtures.alerts).map(([action, family]) => [action, alertOf(family)]),
    ) as RoleFixtures['alerts'];
  let deadLetterId = '';
  await waitUntil(async () => {
    const answer = await admin('GET', { path: '/api/v1/alert-deliveries/dead-letters' }, 200);
    deadLetterId = (fields(answer)['deadLetters'] as { id: string }[])[0]?.id ?? '';
    return deadLetterId !== '';
  }, 'an alert e-mail to fail into a dead letter');
  await saksi.settled();
  return {
    programmeId: PROGRAMME,
    villageA: A,
    villageB: B,
    read: { kpm: read.kpm, session: read.session, alert: alertOf(read.alert), trackingCode },
    subscriptionToDelete: String(fields(toDelete)['id']),
    deadLetterId,
    roles,
  };
}

async function alertsBySubject(saksi: AuthzApp): Promise<(kpmId: string) => string> {
  const rows = await saksi.dataSource.query<{ alert_id: string; subject: string }[]>(
    `select alert_id, subject from alert_view where rule_code = 'PAYMENT.NOT_APPROVED'`,
  );
  const bySubject = new Map(rows.map((row) => [row.subject, row.alert_id]));
  return (kpmId) => {
    const id = bySubject.get(`kpm ${kpmId}`);
    if (!id) throw new Error(`no PAYMENT.NOT_APPROVED alert about ${kpmId}`);
    return id;
  };
}

async function expectStatus(pending: Promise<Answer>, status: number, what: string): Promise<Answer> {
  const answer = await pending;
  if (answer.status !== status)
    throw new Error(`seeding ${what}: ${answer.status} ${answer.text.slice(0, 500)}`);
  return answer;
}

/** The programme village A's records belong to, as an administrator sets it up. */
export function programme() {
  return {
    programmeId: PROGRAMME,
    kind: 'BLT-DD',
    name: 'BLT Dana Desa 2024 (matriks akses)',
    year: 2024,
    rules: {
      monthlyAmount: 300_000,
      allocationShareMin: null,
      allocationShareMax: 0.25,
      maxMonthsPerYear: 12,
      requiresP3ke: true,
      excludesPkh: true,
      minWomenTrainingShare: 0.3,
    },
  };
}

/** A man born 17 May 1950 in district 11.01.01: his NIK's serial tells the families apart. */
export function registration(kpmId: string, villageCode: string, serial: number) {
  return {
    kpmId,
    programmeId: PROGRAMME,
    villageCode,
    head: {
      name: `Kepala ${kpmId}`,
      nik: `110101170550${String(serial).padStart(4, '0')}`,
      sex: 'M',
      birthDate: '1950-05-17',
    },
    members: [],
    sourceList: 'P3KE',
    otherAid: [],
  };
}

export function session(sessionId: string) {
  return {
    sessionId,
    programmeId: PROGRAMME,
    villageCode: A,
    topic: 'Usaha warung',
    place: 'Balai desa',
    startsAt: '2024-03-01T02:00:00Z',
    endsAt: '2024-03-01T04:00:00Z',
    capacity: 20,
    trainer: 'Pendamping desa',
  };
}
