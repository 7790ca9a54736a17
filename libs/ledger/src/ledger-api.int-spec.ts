import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bltDdRules } from '@saksi/programme';
import { type EventStore, verifyLog } from '@saksi/event-store';
import { Validator } from '@seriousme/openapi-schema-validator';
import { expectRefused as refused } from './testing/expect-refused.js';
import { startTestLedger, type TestLedger } from './testing/test-ledger.js';

const VILLAGE_A = '11.01.01.2001';
const VILLAGE_B = '11.01.01.2002';
/** District 11.01.01, a woman (day 05 + 40) born 1980-07-05, serial 0001. */
const NIK = '1101014507800001';

interface Answer {
  status: number;
  type: string;
  body: Record<string, any>;
}

describe('the ledger API (/api/v1) on PostgreSQL', () => {
  let ledger: TestLedger;
  let store: EventStore;
  let base: string;
  let keys: Record<'admin' | 'operatorA' | 'operatorB' | 'forum' | 'inspector', string>;

  beforeAll(async () => {
    ledger = await startTestLedger('ledger_api', {
      admin: { role: 'admin' },
      operatorA: { role: 'operator', villages: [VILLAGE_A] },
      operatorB: { role: 'operator', villages: [VILLAGE_B] },
      forum: { role: 'forum' },
      inspector: { role: 'inspector' },
    });
    ({ store, baseUrl: base } = ledger);
    keys = ledger.keys;
  });

  afterAll(() => ledger?.close());

  async function post(
    path: string,
    body: unknown,
    as?: keyof typeof keys,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const response = await fetch(`${base}/api/v1${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(as ? { authorization: `Bearer ${keys[as]}` } : {}),
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      body: (await response.json()) as Answer['body'],
    };
  }

  const expectRefused = (
    attempt: () => Promise<Answer>,
    status: number,
    code: string,
    fieldCode?: string,
  ): Promise<Answer> => refused(store, attempt, status, code, fieldCode);

  const programme = {
    programmeId: 'blt-2024',
    kind: 'BLT-DD',
    name: 'BLT Dana Desa 2024',
    year: 2024,
    rules: bltDdRules(2024),
  };
  const registration = (kpmId: string, village = VILLAGE_A) => ({
    kpmId,
    programmeId: 'blt-2024',
    villageCode: village,
    hamlet: 'Dusun Mawar',
    rt: '002',
    rw: '001',
    head: { name: 'Siti Aminah', nik: NIK, sex: 'F', birthDate: '1980-07-05' },
    members: [{ sex: 'M', birthDate: '2012-03-01' }],
    sourceList: 'P3KE',
    otherAid: [],
  });
  const payment = {
    period: '2024-03',
    amount: 300_000,
    channel: 'post-office',
    reference: 'PO-778',
    paidOn: '2024-03-15',
  };

  it('records a whole programme year: set-up, a family, its approval and payment, training, a grievance and its answer, a finding and a correction', async () => {
    expect((await post('/programmes', programme, 'admin')).status).toBe(201);
    const allocation = await post(
      '/programmes/blt-2024/allocations',
      { villageCode: VILLAGE_A, year: 2024, danaDesa: 943_000_000, allocation: 180_000_000 },
      'operatorA',
    );
    expect(allocation.status).toBe(201);

    const registered = await post('/beneficiaries', registration('kpm-a1'), 'operatorA');
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({ kpmId: 'kpm-a1', streamId: 'kpm-kpm-a1', duplicate: false });
    expect(registered.body['events'][0]).toMatchObject({ type: 'beneficiary.registered' });

    expect((await post('/beneficiaries/kpm-a1/verification', {}, 'operatorA')).status).toBe(201);
    const approval = await post('/beneficiaries/kpm-a1/approval', { musdesDate: '2024-02-10' }, 'operatorA');
    expect(approval.status).toBe(201);
    expect(
      (
        await post(
          '/beneficiaries/kpm-a1/payments-due',
          { period: '2024-03', amount: 300_000, paymentId: 'pay-03' },
          'operatorA',
        )
      ).status,
    ).toBe(201);
    expect(
      (await post('/beneficiaries/kpm-a1/payments', { ...payment, paymentId: 'pay-03' }, 'operatorA')).status,
    ).toBe(201);
    expect(
      (
        await post(
          '/beneficiaries/kpm-a1/payments/pay-03/reversal',
          { period: '2024-03', amount: 100_000, reason: 'taken back by an official' },
          'operatorA',
        )
      ).status,
    ).toBe(201);

    const session = await post(
      '/training-sessions',
      {
        programmeId: 'blt-2024',
        villageCode: VILLAGE_A,
        topic: 'Pembukuan warung',
        place: 'Balai desa',
        startsAt: '2024-04-02T09:00:00+07:00',
        endsAt: '2024-04-02T12:00:00+07:00',
        capacity: 20,
        trainer: 'Pendamping desa',
      },
      'operatorA',
    );
    expect(session.status).toBe(201);
    const sessionId = session.body['sessionId'] as string;
    expect(
      (
        await post(
          `/training-sessions/${sessionId}/attendance`,
          {
            kpmId: 'kpm-a1',
            participant: { sex: 'F', birthDate: '1980-07-05' },
            attendedAt: '2024-04-02T09:05:00+07:00',
          },
          'operatorA',
        )
      ).status,
    ).toBe(201);
    expect((await post(`/training-sessions/${sessionId}/held`, {}, 'operatorA')).status).toBe(201);

    const grievance = await post('/grievances', {
      villageCode: VILLAGE_A,
      category: 'payment',
      text: 'Part of the money was taken back after payout.',
    });
    expect(grievance.status).toBe(201);
    expect(grievance.body['trackingCode']).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(
      (
        await post(
          `/grievances/${grievance.body['grievanceId']}/answer`,
          { answer: 'The inspectorate visits on 10 April.' },
          'inspector',
        )
      ).status,
    ).toBe(201);

    const finding = await post(
      '/findings',
      {
        forum: 'BPD',
        forumName: 'BPD Keude Bakongan',
        villageCode: VILLAGE_A,
        summary: 'A payment was partly taken back.',
        evidenceRefs: ['Notulen BPD 12/2024'],
        relatedEventIds: [],
      },
      'forum',
    );
    expect(finding.status).toBe(201);

    const correction = await post(
      '/corrections',
      {
        correctsEventId: approval.body['events'][0].eventId,
        reason: 'Musdes reference was left out',
        fields: { musdesRef: 'BA-MUSDES/03/2024' },
      },
      'operatorA',
    );
    expect(correction.status).toBe(201);

    const types = (await store.readStream('kpm-kpm-a1')).map((e) => e.type);
    expect(types).toEqual([
      'beneficiary.registered',
      'beneficiary.verified',
      'beneficiary.approved',
      'payment.due',
      'payment.paid',
      'payment.reversed',
      'event.corrected',
    ]);
    const [registeredEvent] = await store.readStream('kpm-kpm-a1');
    expect(registeredEvent!.metadata.actor).not.toBe('citizen');
    expect((await verifyLog(store)).ok).toBe(true);
  });

  it('records a payment to a suspended family: a fact from the field is never hidden', async () => {
    await post('/beneficiaries', registration('kpm-a2'), 'operatorA');
    await post('/beneficiaries/kpm-a2/approval', { musdesRef: 'BA/2' }, 'operatorA');
    await post('/beneficiaries/kpm-a2/suspension', { reason: 'moved to another village' }, 'operatorA');
    expect((await post('/beneficiaries/kpm-a2/payments', payment, 'operatorA')).status).toBe(201);
  });

  describe('refuses, with a problem document and without writing anything,', () => {
    it('a write without an access key', () =>
      expectRefused(() => post('/beneficiaries', registration('kpm-x')), 401, 'ACCESS.UNAUTHENTICATED'));

    it('a programme action by an oversight forum', () =>
      expectRefused(() => post('/beneficiaries', registration('kpm-x'), 'forum'), 403, 'ACCESS.FORBIDDEN'));

    it('an operator registering in a village they do not serve', () =>
      expectRefused(
        () => post('/beneficiaries', registration('kpm-x'), 'operatorB'),
        403,
        'ACCESS.VILLAGE_FORBIDDEN',
      ));

    it("an operator deciding about another village's family", () =>
      expectRefused(
        () => post('/beneficiaries/kpm-a1/suspension', { reason: 'x' }, 'operatorB'),
        403,
        'ACCESS.VILLAGE_FORBIDDEN',
      ));

    it('a registration with a missing field, naming it', async () => {
      const { head: _head, ...noHead } = registration('kpm-x');
      const answer = await expectRefused(
        () => post('/beneficiaries', noHead, 'operatorA'),
        400,
        'REQUEST.INVALID',
      );
      expect(answer.body['errors'].map((e: { path: string }) => e.path)).toContain('head');
    });

    it('a NIK that says male for a woman', () =>
      expectRefused(
        () =>
          post(
            '/beneficiaries',
            { ...registration('kpm-x'), head: { ...registration('x').head, nik: '1101010507800001' } },
            'operatorA',
          ),
        400,
        'REQUEST.INVALID',
        'NIK.SEX_MISMATCH',
      ));

    it('a NIK whose district does not exist', () =>
      expectRefused(
        () =>
          post(
            '/beneficiaries',
            { ...registration('kpm-x'), head: { ...registration('x').head, nik: '9999994507800001' } },
            'operatorA',
          ),
        400,
        'REQUEST.INVALID',
        'NIK.UNKNOWN_DISTRICT',
      ));

    it('a village code that is well formed but not in the official list', () =>
      expectRefused(
        () => post('/beneficiaries', registration('kpm-x', '11.01.01.2999'), 'admin'),
        400,
        'REQUEST.INVALID',
        'AREA.UNKNOWN_VILLAGE',
      ));

    it('an amount in fractions of a rupiah', () =>
      expectRefused(
        () => post('/beneficiaries/kpm-a1/payments', { ...payment, amount: 300_000.5 }, 'operatorA'),
        400,
        'REQUEST.INVALID',
      ));

    it('a payment dated in the future', () =>
      expectRefused(
        () => post('/beneficiaries/kpm-a1/payments', { ...payment, paidOn: '2099-01-01' }, 'operatorA'),
        400,
        'REQUEST.INVALID',
        'DATE.OUT_OF_RANGE',
      ));

    it('a body that is not JSON', () =>
      expectRefused(() => post('/beneficiaries', '{"kpmId": ', 'operatorA'), 400, 'HTTP.MALFORMED_JSON'));

    it('a decision about a family that is not registered', () =>
      expectRefused(() => post('/beneficiaries/kpm-nobody/approval', {}, 'admin'), 404, 'KPM.NOT_FOUND'));

    it('a second registration of the same KPM', () =>
      expectRefused(
        () => post('/beneficiaries', registration('kpm-a1'), 'operatorA'),
        409,
        'KPM.ALREADY_REGISTERED',
      ));

    it('approving a family recorded as deceased', async () => {
      await post('/beneficiaries', registration('kpm-a3'), 'operatorA');
      await post('/beneficiaries/kpm-a3/death', { dateOfDeath: '2024-01-20' }, 'operatorA');
      await expectRefused(
        () => post('/beneficiaries/kpm-a3/approval', { musdesRef: 'BA/3' }, 'operatorA'),
        422,
        'KPM.TRANSITION_REFUSED',
      );
    });

    it('a correction that names a field the event does not have', async () => {
      const [approved] = (await store.readStream('kpm-kpm-a1')).filter(
        (e) => e.type === 'beneficiary.approved',
      );
      await expectRefused(
        () =>
          post(
            '/corrections',
            { correctsEventId: approved!.eventId, reason: 'x', fields: { amount: 1 } },
            'operatorA',
          ),
        400,
        'EVENT.SCHEMA_VIOLATION',
      );
    });

    describe('every domain refusal over HTTP', () => {
      const session = {
        programmeId: 'blt-2024',
        villageCode: VILLAGE_A,
        topic: 'Menjahit',
        place: 'Balai desa',
        startsAt: '2024-05-02T09:00:00+07:00',
        endsAt: '2024-05-02T12:00:00+07:00',
        capacity: 10,
        trainer: 'Pendamping desa',
      };
      const attendance = {
        kpmId: 'kpm-a1',
        participant: { sex: 'F', birthDate: '1980-07-05' },
        attendedAt: '2024-05-02T09:05:00+07:00',
      };

      it.each([
        [
          'a second programme with the same id',
          () => post('/programmes', programme, 'admin'),
          409,
          'PROGRAMME.ALREADY_EXISTS',
        ],
        [
          'an allocation above the whole Dana Desa',
          () =>
            post(
              '/programmes/blt-2024/allocations',
              { villageCode: VILLAGE_A, year: 2024, danaDesa: 100_000_000, allocation: 200_000_000 },
              'operatorA',
            ),
          400,
          'ALLOCATION.ABOVE_FUND',
        ],
        [
          'an allocation for a programme that does not exist',
          () =>
            post(
              '/programmes/no-such/allocations',
              { villageCode: VILLAGE_A, year: 2024, danaDesa: 100_000_000, allocation: 1_000_000 },
              'operatorA',
            ),
          404,
          'PROGRAMME.NOT_FOUND',
        ],
        [
          'a reversal of a payment never paid',
          () =>
            post(
              '/beneficiaries/kpm-a1/payments/never-paid/reversal',
              { period: '2024-03', amount: 300_000, reason: 'x' },
              'operatorA',
            ),
          400,
          'PAYMENT.NOT_PAID',
        ],
        [
          'the same payment recorded twice',
          () => post('/beneficiaries/kpm-a1/payments', { ...payment, paymentId: 'pay-03' }, 'operatorA'),
          409,
          'PAYMENT.ALREADY_RECORDED',
        ],
        [
          'a session that ends before it starts',
          () => post('/training-sessions', { ...session, endsAt: '2024-05-02T08:00:00+07:00' }, 'operatorA'),
          400,
          'TRAINING.ENDS_BEFORE_START',
        ],
        [
          'attendance at a session never scheduled',
          () => post('/training-sessions/no-such/attendance', attendance, 'operatorA'),
          404,
          'TRAINING.NOT_FOUND',
        ],
        [
          'an answer to a grievance never filed',
          () => post('/grievances/no-such/answer', { answer: 'Sudah.' }, 'inspector'),
          404,
          'GRIEVANCE.NOT_FOUND',
        ],
        [
          'a correction of an event that does not exist',
          () =>
            post(
              '/corrections',
              { correctsEventId: '0193a1b2-0000-7000-8000-00000000dead', reason: 'x', fields: { a: 1 } },
              'operatorA',
            ),
          404,
          'CORRECTION.TARGET_NOT_FOUND',
        ],
      ] as const)('%s', (_label, attempt, status, code) => expectRefused(attempt, status, code));

      it('the same person recorded twice at one session, and a session held twice', async () => {
        const scheduled = await post('/training-sessions', session, 'operatorA');
        const id = scheduled.body['sessionId'] as string;
        await post(`/training-sessions/${id}/attendance`, attendance, 'operatorA');
        await expectRefused(
          () => post(`/training-sessions/${id}/attendance`, attendance, 'operatorA'),
          409,
          'ATTENDANCE.ALREADY_RECORDED',
        );
        await post(`/training-sessions/${id}/held`, {}, 'operatorA');
        await expectRefused(
          () => post(`/training-sessions/${id}/held`, {}, 'operatorA'),
          409,
          'TRAINING.ALREADY_HELD',
        );
      });

      it('a grievance answered twice', async () => {
        const filed = await post('/grievances', { category: 'other', text: 'Pertanyaan tentang jadwal.' });
        const path = `/grievances/${filed.body['grievanceId']}/answer`;
        await post(path, { answer: 'Jadwal ada di papan pengumuman.' }, 'inspector');
        await expectRefused(
          () => post(path, { answer: 'Lagi.' }, 'inspector'),
          409,
          'GRIEVANCE.ALREADY_ANSWERED',
        );
      });
    });

    it('an unknown route', () =>
      expectRefused(() => post('/nothing-here', {}, 'admin'), 404, 'HTTP.NOT_FOUND'));
  });

  describe('Idempotency-Key', () => {
    it('answers a retried request with the first answer and records it once', async () => {
      const send = () =>
        post('/beneficiaries', { ...registration('kpm-idem'), kpmId: undefined }, 'operatorA', {
          'idempotency-key': 'form-7781',
        });
      const first = await send();
      const head = await store.head();
      const again = await send();
      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.body['duplicate']).toBe(true);
      expect(again.body['events']).toEqual(first.body['events']);
      expect(again.body['kpmId']).toBe(first.body['kpmId']);
      expect(await store.head()).toEqual(head);
    });

    it('gives a citizen retrying a grievance the tracking code of the first filing', async () => {
      const key = crypto.randomUUID();
      const filing = {
        villageCode: VILLAGE_A,
        category: 'service',
        text: 'The village office was closed on payment day.',
      };
      const first = await post('/grievances', filing, undefined, { 'idempotency-key': key });
      const again = await post('/grievances', filing, undefined, { 'idempotency-key': key });
      expect(first.status).toBe(201);
      expect(again.body).toMatchObject({
        duplicate: true,
        trackingCode: first.body['trackingCode'],
        grievanceId: first.body['grievanceId'],
      });
      await expectRefused(
        () => post('/grievances', filing, undefined, { 'idempotency-key': 'my-key-1' }),
        400,
        'IDEMPOTENCY.KEY_NOT_UUID',
      );
    });

    it('refuses the same key for a different request', async () => {
      await post(
        '/beneficiaries/kpm-a2/payments',
        { ...payment, period: '2024-04', paidOn: '2024-04-15' },
        'operatorA',
        { 'idempotency-key': 'pay-k1' },
      );
      await expectRefused(
        () =>
          post(
            '/beneficiaries/kpm-a2/payments',
            { ...payment, period: '2024-05', paidOn: '2024-05-15' },
            'operatorA',
            { 'idempotency-key': 'pay-k1' },
          ),
        409,
        'IDEMPOTENCY.KEY_REUSED',
      );
    });
  });

  it('counts what it appended, by event type, on /metrics', async () => {
    const text = await (await fetch(`${base}/metrics`)).text();
    const registered = /saksi_events_appended_total\{[^}]*type="beneficiary\.registered"[^}]*\} (\d+)/.exec(
      text,
    );
    expect(Number(registered?.[1])).toBeGreaterThanOrEqual(3);
    expect(text).toContain('app="saksi-ledger"');
  });

  it('serves an OpenAPI document that validates, with every write route', async () => {
    const document = (await (await fetch(`${base}/api/docs-json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(document.openapi).toMatch(/^3\./);
    // Against the official JSON schema of the OpenAPI version the document declares.
    const validation = await new Validator().validate(structuredClone(document));
    expect(validation.errors).toBeUndefined();
    expect(validation.valid).toBe(true);
    for (const path of [
      '/api/v1/programmes',
      '/api/v1/programmes/{programmeId}/allocations',
      '/api/v1/beneficiaries',
      '/api/v1/beneficiaries/{kpmId}/approval',
      '/api/v1/beneficiaries/{kpmId}/death',
      '/api/v1/beneficiaries/{kpmId}/payments',
      '/api/v1/beneficiaries/{kpmId}/payments/{paymentId}/reversal',
      '/api/v1/training-sessions/{sessionId}/attendance',
      '/api/v1/grievances',
      '/api/v1/grievances/{grievanceId}/answer',
      '/api/v1/findings',
      '/api/v1/corrections',
      '/api/v1/imports/{kind}',
    ]) {
      expect(Object.keys(document.paths)).toContain(path);
    }
  });
});
