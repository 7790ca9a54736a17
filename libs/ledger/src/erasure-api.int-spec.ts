import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DATA_SOURCE } from '@saksi/database';
import { type EventStore, type LogHead, verifyLog } from '@saksi/event-store';
import { bltDdRules } from '@saksi/programme';
import { InProcessProjectionFeed } from '@saksi/projections';
import { recordFigures, reliabilityMode } from '@saksi/testing';
import type { DataSource } from 'typeorm';
import { expectRefused as refused } from './testing/expect-refused.js';
import { startTestLedger, type TestLedger } from './testing/test-ledger.js';

const VILLAGE = '11.01.01.2001';
/** District 11.01.01, women born 1980-07-05 and 1982-03-11, serials 0001 and 0002. */
const NIK_A1 = '1101014507800001';
const NIK_A2 = '1101015103820002';
/** What family a1 gave that must never be stored in clear, nor survive its erasure. */
const A1_SECRETS = ['Siti Aminah', NIK_A1, '1980-07-05', '2012-03-01', '1101010101010001', 'market closed'];

type Holder = 'admin' | 'operator' | 'inspector' | 'forum';
interface Answer {
  status: number;
  type: string;
  body: any;
}

/**
 * Erasing a family's personal data through the real API, on PostgreSQL, with the read models
 * following the log in process: what the log, the disclosure endpoint and the read models hold
 * before and after, and that the hash chain is the same chain.
 */
describe('erasure of a family (POST /api/v1/kpm/<id>/erasure)', () => {
  let ledger: TestLedger;
  let store: EventStore;
  let dataSource: DataSource;
  let registeredA1: { eventId: string; position: number };
  let headBeforeErasure: LogHead;
  let a1RowBefore: string;
  let a2Before: unknown[];
  // Families beyond the two under test, so the read models' rebuild has more than two rows to match.
  const others = reliabilityMode() === 'full' ? 40 : 4;

  async function call(method: 'GET' | 'POST', path: string, as?: Holder, body?: unknown): Promise<Answer> {
    const response = await fetch(`${ledger.baseUrl}/api/v1${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(as ? { authorization: `Bearer ${ledger.keys[as]}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const type = response.headers.get('content-type') ?? '';
    const text = await response.text();
    return { status: response.status, type, body: type.includes('json') ? JSON.parse(text) : text };
  }
  const post = (path: string, body: unknown, as?: Holder) => call('POST', path, as, body);
  const caughtUp = async () =>
    ledger.app.get(InProcessProjectionFeed).waitFor((await store.head()).position, 30_000);
  const rows = (sql: string, values: unknown[] = []) =>
    dataSource.query<Record<string, unknown>[]>(sql, values);

  const expectRefused = (attempt: () => Promise<Answer>, status: number, code: string): Promise<Answer> =>
    refused(store, attempt, status, code);

  const family = (kpmId: string, nik: string, name: string, birthDate: string) => ({
    kpmId,
    programmeId: 'blt-2024',
    villageCode: VILLAGE,
    hamlet: 'Dusun Mawar',
    head: { name, nik, sex: 'F', birthDate },
    members: [{ sex: 'M', birthDate: '2012-03-01' }],
    kkNumber: '1101010101010001',
    sourceList: 'P3KE',
    otherAid: [],
    reason: 'Lost her income when the market closed',
  });

  beforeAll(async () => {
    ledger = await startTestLedger(
      'erasure',
      {
        admin: { role: 'admin' },
        operator: { role: 'operator', villages: [VILLAGE] },
        inspector: { role: 'inspector' },
        forum: { role: 'forum' },
      },
      { readSide: true },
    );
    store = ledger.store;
    dataSource = ledger.app.get(DATA_SOURCE);
    const programme = {
      programmeId: 'blt-2024',
      kind: 'BLT-DD',
      name: 'BLT DD 2024',
      year: 2024,
      rules: bltDdRules(2024),
    };
    expect((await post('/programmes', programme, 'admin')).status).toBe(201);
    const a1 = await post(
      '/beneficiaries',
      family('kpm-a1', NIK_A1, 'Siti Aminah', '1980-07-05'),
      'operator',
    );
    expect(a1.status).toBe(201);
    registeredA1 = a1.body.events[0];
    expect(
      (await post('/beneficiaries', family('kpm-a2', NIK_A2, 'Dewi Lestari', '1982-03-11'), 'operator'))
        .status,
    ).toBe(201);
    for (let index = 0; index < others; index++) {
      const nik = `110101510382${String(index + 10).padStart(4, '0')}`;
      expect(
        (
          await post(
            '/beneficiaries',
            family(`kpm-o${index}`, nik, `Ibu Nomor ${index}`, '1982-03-11'),
            'operator',
          )
        ).status,
      ).toBe(201);
    }
    expect((await post('/beneficiaries/kpm-a1/approval', { musdesRef: 'MUSDES-1' }, 'operator')).status).toBe(
      201,
    );
    // A correction of a1's personal data: sealed under a1's key too, so erased with it.
    const corrected = await post(
      '/corrections',
      {
        correctsEventId: registeredA1.eventId,
        reason: 'KK number mistyped',
        fields: { kkNumber: '1101010101010009' },
      },
      'operator',
    );
    expect(corrected.status).toBe(201);
    const session = await post(
      '/training-sessions',
      {
        programmeId: 'blt-2024',
        villageCode: VILLAGE,
        topic: 'Pembukuan warung',
        place: 'Balai desa',
        startsAt: '2024-04-02T09:00:00+07:00',
        endsAt: '2024-04-02T12:00:00+07:00',
        capacity: 20,
        trainer: 'Pendamping desa',
      },
      'operator',
    );
    for (const [kpmId, birthDate] of [
      ['kpm-a1', '1980-07-05'],
      ['kpm-a2', '1982-03-11'],
    ])
      expect(
        (
          await post(
            `/training-sessions/${session.body.sessionId}/attendance`,
            { kpmId, participant: { sex: 'F', birthDate }, attendedAt: '2024-04-02T09:05:00+07:00' },
            'operator',
          )
        ).status,
      ).toBe(201);
    await caughtUp();
  });

  afterAll(() => ledger?.close());

  it('stores the family sealed: no NIK, name, birth date or KK number in the log, and the chain holds', async () => {
    const logged = await rows(
      `select type, data::text as data from event_log where stream_id = 'kpm-kpm-a1'
         or (type = 'training.attendance-recorded' and data->>'kpmId' = 'kpm-a1')`,
    );
    expect(logged.map((row) => row['type'])).toEqual(
      expect.arrayContaining(['beneficiary.registered', 'event.corrected', 'training.attendance-recorded']),
    );
    for (const { data } of logged)
      for (const secret of [...A1_SECRETS, '1101010101010009']) expect(data).not.toContain(secret);
    expect(String(logged[0]!['data'])).toContain('pd1:kpm:kpm-a1:');
    const disclosed = await call('GET', '/kpm/kpm-a1/personal-data?purpose=field%20visit%2012', 'inspector');
    expect(disclosed.status).toBe(200);
    expect(disclosed.body.registration.head).toEqual({
      name: 'Siti Aminah',
      nik: NIK_A1,
      sex: 'F',
      birthDate: '1980-07-05',
    });
    expect(disclosed.body.registration.kkNumber).toBe('1101010101010009');
    expect((await verifyLog(store)).ok).toBe(true);

    const [a1] = await rows(
      'select head_initials, nik_masked, head_birth_year from kpm_view where kpm_id = $1',
      ['kpm-a1'],
    );
    expect(a1).toEqual({ head_initials: 'S. A.', nik_masked: '110101******0001', head_birth_year: 1980 });
  });

  it('is refused to anyone but an administrator, without a reason, or for a family that does not exist', async () => {
    const erasure = { reason: 'court order 12/Pdt.P/2025/PN Bna' };
    await expectRefused(() => post('/kpm/kpm-a1/erasure', erasure), 401, 'ACCESS.UNAUTHENTICATED');
    for (const holder of ['operator', 'inspector', 'forum'] as const)
      await expectRefused(() => post('/kpm/kpm-a1/erasure', erasure, holder), 403, 'ACCESS.FORBIDDEN');
    await expectRefused(() => post('/kpm/kpm-a1/erasure', {}, 'admin'), 400, 'REQUEST.INVALID');
    await expectRefused(() => post('/kpm/kpm-a1/erasure', { reason: ' ' }, 'admin'), 400, 'REQUEST.INVALID');
    await expectRefused(() => post('/kpm/kpm-zz/erasure', erasure, 'admin'), 404, 'KPM.NOT_FOUND');
    expect(await rows('select 1 from personal_data_key where erased_at is not null')).toEqual([]);
  });

  it('erases the family once: its key is destroyed and the erasure recorded on its stream', async () => {
    headBeforeErasure = await store.head();
    a1RowBefore = String(
      (
        await rows('select data::text as data from event_log where event_id = $1', [registeredA1.eventId])
      )[0]!['data'],
    );
    a2Before = await rows("select * from kpm_view where kpm_id <> 'kpm-a1' order by kpm_id");
    const answer = await post(
      '/kpm/kpm-a1/erasure',
      { reason: "the family's request under UU 27/2022" },
      'admin',
    );
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      kpmId: 'kpm-a1',
      erasedAt: expect.any(String),
      event: {
        streamId: 'kpm-kpm-a1',
        eventId: expect.any(String),
        position: headBeforeErasure.position + 1,
      },
    });
    const [recorded] = await store.eventsById([answer.body.event.eventId]);
    expect(recorded).toMatchObject({
      type: 'personal-data.erased',
      data: { kpmId: 'kpm-a1', reason: "the family's request under UU 27/2022" },
      metadata: { source: 'saksi-api' },
    });
    expect(
      await rows(
        "select wrapped_key, erased_at is not null as erased from personal_data_key where subject = 'kpm:kpm-a1'",
      ),
    ).toEqual([{ wrapped_key: null, erased: true }]);
    const again = await expectRefused(
      () => post('/kpm/kpm-a1/erasure', { reason: 'again' }, 'admin'),
      409,
      'PERSONAL_DATA.ALREADY_ERASED',
    );
    expect(again.body.params).toMatchObject({ kpmId: 'kpm-a1' });
    await caughtUp();
  });

  it('keeps the log as it was: the same bytes, the same chain up to the old head, and verify passes', async () => {
    expect(
      String(
        (
          await rows('select data::text as data from event_log where event_id = $1', [registeredA1.eventId])
        )[0]!['data'],
      ),
    ).toBe(a1RowBefore);
    expect(await verifyLog(store, { anchors: [headBeforeErasure] })).toMatchObject({ ok: true });
  });

  it('answers the disclosure with 410 and records no reading', async () => {
    const answer = await expectRefused(
      () => call('GET', '/kpm/kpm-a1/personal-data?purpose=field%20visit%2013', 'inspector'),
      410,
      'PERSONAL_DATA.ERASED',
    );
    expect(answer.body.params).toMatchObject({ kpmId: 'kpm-a1' });
    expect(
      (await call('GET', '/kpm/kpm-a2/personal-data?purpose=field%20visit%2013', 'inspector')).status,
    ).toBe(200);
  });

  it("blanks the family's personal fields in the read models, and leaves every other family as it was", async () => {
    const [a1] = await rows(
      `select head_initials, nik_token, nik_masked, head_birth_year, head_sex, household_size, status,
              registration::text as registration from kpm_view where kpm_id = 'kpm-a1'`,
    );
    expect(a1).toMatchObject({
      head_initials: null,
      nik_token: null,
      nik_masked: null,
      head_birth_year: null,
      head_sex: 'F',
      household_size: 2,
      status: 'approved',
    });
    expect(JSON.parse(String(a1!['registration']))).toMatchObject({
      head: { sex: 'F' },
      members: [{ sex: 'M' }],
    });
    expect(a1!['registration']).not.toMatch(/name|nik|birthDate|kkNumber|hmac:/i);
    expect(
      await rows(
        "select birth_year, data->'participant' as participant from training_attendance_view where kpm_id = 'kpm-a1'",
      ),
    ).toEqual([{ birth_year: null, participant: { sex: 'F' } }]);
    expect(await rows("select * from kpm_view where kpm_id <> 'kpm-a1' order by kpm_id")).toEqual(a2Before);
    expect(await rows("select birth_year from training_attendance_view where kpm_id = 'kpm-a2'")).toEqual([
      { birth_year: 1982 },
    ]);
    const history = await call('GET', '/history/kpm/kpm-a1', 'forum');
    expect(history.status).toBe(200);
    expect(JSON.stringify(history.body)).not.toMatch(/S\. A\.|110101\*{6}0001|hmac:/);
  });

  it('rebuilds the read models from the log to exactly the rows the live ones reached', async () => {
    const tables = ['kpm_view', 'payment_event_view', 'training_attendance_view', 'training_session_view'];
    const snapshot = async (): Promise<Record<string, unknown[]>> => {
      const found: Record<string, unknown[]> = {};
      for (const table of tables) found[table] = await rows(`select * from ${table} order by 1`);
      return found;
    };
    const live = await snapshot();
    for (const projection of ['beneficiaries', 'training'])
      expect((await post(`/projections/${projection}/replay`, {}, 'admin')).status).toBe(200);
    expect(await snapshot()).toEqual(live);
    recordFigures('erasure', {
      'families registered through the API': 2 + others,
      'families erased': 1,
      'read-model rows equal after a rebuild from the log': Object.values(live).flat().length,
      'saksi verify after erasure': 'passes, same chain up to the old head',
    });
  });

  it('still records what happens to the family, but no personal data of it', async () => {
    expect(
      (await post('/beneficiaries/kpm-a1/suspension', { reason: 'moved away' }, 'operator')).status,
    ).toBe(201);
    const [session] = await rows('select session_id from training_session_view');
    // The family's son, whom the session had not seen yet.
    const attendance = (birthDate?: string) => ({
      kpmId: 'kpm-a1',
      participant: { sex: 'M', ...(birthDate ? { birthDate } : {}) },
      attendedAt: '2024-04-03T09:05:00+07:00',
    });
    const path = `/training-sessions/${String(session!['session_id'])}/attendance`;
    const refused = await expectRefused(
      () => post(path, attendance('2012-03-01'), 'operator'),
      410,
      'PERSONAL_DATA.ERASED',
    );
    expect(refused.body.message.en).toContain('without its personal data');
    expect((await post(path, attendance(), 'operator')).status).toBe(201);
    const correction = (fields: object) => ({
      correctsEventId: registeredA1.eventId,
      reason: 'moved',
      fields,
    });
    expect((await post('/corrections', correction({ hamlet: 'Dusun Melati' }), 'operator')).status).toBe(201);
    await expectRefused(
      () => post('/corrections', correction({ kkNumber: '1101010101010002' }), 'operator'),
      410,
      'PERSONAL_DATA.ERASED',
    );
    await caughtUp();
    expect(await rows("select hamlet, head_initials from kpm_view where kpm_id = 'kpm-a1'")).toEqual([
      { hamlet: 'Dusun Melati', head_initials: null },
    ]);
    expect((await verifyLog(store, { anchors: [headBeforeErasure] })).ok).toBe(true);
  });
});
