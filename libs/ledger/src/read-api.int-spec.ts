import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseAccessKey } from '@saksi/access';
import type { EventStore } from '@saksi/event-store';
import {
  A,
  B,
  FIGURE_NAMES,
  InProcessProjectionFeed,
  type ProgrammeFigures,
  PROGRAMME,
  scriptedProgramme,
  type TimelineEntry,
} from '@saksi/projections';
import { Validator } from '@seriousme/openapi-schema-validator';
import { parse } from 'csv-parse/sync';
import { expectRefused as refused } from './testing/expect-refused.js';
import { startTestLedger, type TestLedger } from './testing/test-ledger.js';

type Holder = 'admin' | 'forum' | 'inspector' | 'opA' | 'opB';

interface Answer {
  status: number;
  type: string;
  text: string;
  body: any;
  headers: Headers;
}

/** What the public and a forum must never see: a name, a NIK, a masked NIK or a NIK token. */
const PERSONAL = /Kepala|\d{16}|\*{6}|hmac:/;
/** A hash is 64 hex digits and may by chance hold 16 decimal ones in a row: leave hashes out of the check. */
const withoutHashes = (text: string) => text.replace(/[0-9a-f]{64}/g, '<hash>');
const counts = (registered: number, approved: number, active: number, exited: number) => ({
  registered,
  approved,
  active,
  exited,
});
const Q1 = `programme=${PROGRAMME}&period=2024-Q1`;
const pluck = (items: Record<string, unknown>[], key: string): unknown[] => items.map((item) => item[key]);
const csvRows = (text: string): string[][] => parse(text);

describe('the read API (/api/v1): figures, read models, histories, personal data, reports', () => {
  let ledger: TestLedger;
  let store: EventStore;
  let keys: Record<Holder, string>;
  const positions = new Map<string, number>();

  const caughtUp = async () =>
    ledger.app.get(InProcessProjectionFeed).waitFor((await store.head()).position, 30_000);

  beforeAll(async () => {
    ledger = await startTestLedger(
      'read-api',
      {
        admin: { role: 'admin' },
        forum: { role: 'forum' },
        inspector: { role: 'inspector' },
        opA: { role: 'operator', villages: [A] },
        opB: { role: 'operator', villages: [B] },
      },
      { readSide: true },
    );
    store = ledger.store;
    keys = ledger.keys;
    for (const { label, streamId, event } of scriptedProgramme()) {
      const result = await store.append(streamId, [event], 'any');
      positions.set(label, result.events[0]!.position);
    }
    await caughtUp();
  });

  afterAll(() => ledger?.close());

  async function request(
    method: 'GET' | 'POST',
    path: string,
    as?: Holder,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const response = await fetch(`${ledger.baseUrl}${path.startsWith('/api/') ? path : `/api/v1${path}`}`, {
      method,
      headers: { ...(as ? { authorization: `Bearer ${keys[as]}` } : {}), ...headers },
    });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return {
      status: response.status,
      type,
      text,
      body: type.includes('json') ? JSON.parse(text) : undefined,
      headers: response.headers,
    };
  }
  const get = (path: string, as?: Holder, headers?: Record<string, string>) =>
    request('GET', path, as, headers);

  const expectRefused = (attempt: () => Promise<Answer>, status: number, code: string): Promise<Answer> =>
    refused(store, attempt, status, code);

  describe('figures', () => {
    it("gives village A's first quarter exactly as computed by hand, with a provenance link per figure", async () => {
      const answer = await get(`/figures?area=${A}&${Q1}`);
      expect(answer.status).toBe(200);
      const figures = answer.body;
      expect(figures.area).toEqual({ code: A, level: 'village' });
      expect(figures.funds).toEqual({
        villages: 1,
        danaDesa: 1_000_000_000,
        allocation: 200_000_000,
        allocationShare: 0.2,
      });
      expect(figures.kpm).toEqual({
        ...counts(4, 3, 1, 1),
        bySex: { F: counts(2, 1, 1, 0), M: counts(2, 2, 0, 1) },
        byAgeGroup: {
          youth: counts(1, 1, 0, 1),
          adult: counts(2, 1, 0, 0),
          elderly: counts(1, 1, 1, 0),
          unknown: counts(0, 0, 0, 0),
        },
      });
      expect(figures.payments).toEqual({
        due: 300_000,
        paid: 1_200_000,
        paidCount: 4,
        failed: 300_000,
        failedCount: 1,
        reversed: 300_000,
        late: 1,
      });
      expect(figures.training).toMatchObject({ sessionsHeld: 1, attendance: 2, kpmTrained: 1 });
      expect(figures.grievances).toEqual({ filed: 2, answered: 1, medianDaysToAnswer: 3 });
      expect(figures.asOf.position).toBe((await store.head()).position);
      expect(Object.keys(figures.links).sort()).toEqual([...FIGURE_NAMES].sort());
      expect(figures.links['payments.paid']).toBe(
        `/api/v1/figures/provenance?area=${A}&${Q1}&figure=payments.paid`,
      );
      const paid = await get(figures.links['payments.paid']);
      expect([paid.status, paid.body.total, paid.body.entries.length]).toEqual([200, 4, 4]);
    });

    it('gives the historic figure as of a past position or day', async () => {
      const beforeExit = positions.get('a2.exited')! - 1;
      const then = await get(`/figures?area=${A}&${Q1}&asOfPosition=${beforeExit}`);
      expect(then.status).toBe(200);
      expect(then.body.asOf.position).toBe(beforeExit);
      expect([then.body.kpm.registered, then.body.kpm.active, then.body.kpm.exited]).toEqual([4, 3, 0]);
      expect([then.body.payments.paid, then.body.payments.reversed]).toEqual([900_000, 0]);
      const longAgo = await get(`/figures?area=${A}&${Q1}&asOfDate=2020-01-01`);
      expect([longAgo.body.asOf.position, longAgo.body.kpm.registered]).toEqual([0, 0]);
    });

    it('answers CSV with one line per figure, holding the same numbers', async () => {
      const json = (await get(`/figures?area=${A}&${Q1}`)).body;
      const answer = await get(`/figures?area=${A}&${Q1}&format=csv`);
      expect(answer.status).toBe(200);
      expect(answer.type).toBe('text/csv; charset=utf-8');
      const [header, ...rows] = csvRows(answer.text);
      expect(header).toEqual(['figure', 'value']);
      const values = Object.fromEntries(rows.map(([figure, value]) => [figure, value]));
      expect(values['payments.paid']).toBe('1200000');
      expect(values['kpm.registered']).toBe('4');
      expect(values['kpm.active']).toBe('1');
      expect(values['kpm.bySex.F.registered']).toBe('2');
      expect(values['funds.allocationShare']).toBe('0.2');
      expect(values['area.code']).toBe(A);
      for (const [figure, value] of Object.entries(values)) {
        const inJson = figure
          .split('.')
          .reduce((node: unknown, key) => (node as Record<string, unknown> | undefined)?.[key], json);
        if (typeof inJson === 'number') expect(Number(value)).toBe(inJson);
      }
    });

    it('lists the areas below a parent whose figures add up to it', async () => {
      const answer = await get(`/figures/areas?parent=11.01&${Q1}`);
      expect(answer.status).toBe(200);
      expect(answer.body.level).toBe('district');
      expect(answer.body.areas.map((area: ProgrammeFigures) => area.area.code)).toEqual([
        '11.01.01',
        '11.01.02',
      ]);
      const regency = (await get(`/figures?area=11.01&${Q1}`)).body;
      const areas: ProgrammeFigures[] = answer.body.areas;
      const sum = (pick: (figures: ProgrammeFigures) => number) =>
        areas.reduce((total, area) => total + pick(area), 0);
      for (const pick of [
        (f: ProgrammeFigures) => f.funds.allocation,
        (f: ProgrammeFigures) => f.funds.danaDesa,
        (f: ProgrammeFigures) => f.kpm.registered,
        (f: ProgrammeFigures) => f.kpm.active,
        (f: ProgrammeFigures) => f.payments.paid,
        (f: ProgrammeFigures) => f.payments.reversed,
        (f: ProgrammeFigures) => f.training.attendance,
        (f: ProgrammeFigures) => f.grievances.filed,
      ])
        expect(sum(pick)).toBe(pick(regency));
      expect(
        (await get(`/figures/areas?${Q1}`)).body.areas.map((area: ProgrammeFigures) => area.area.code),
      ).toEqual(['11']);
      const csv = await get(`/figures/areas?parent=11.01.01&${Q1}&format=csv`);
      const [header, ...rows] = csvRows(csv.text);
      expect(rows.map((row) => row[0])).toEqual([A, B]);
      expect(rows[0]![header!.indexOf('payments.paid')]).toBe('1200000');
    });

    it('lists the events behind a figure without a name, a NIK, a masked NIK or a token', async () => {
      const answer = await get(`/figures/provenance?area=${A}&${Q1}&figure=kpm.registered`);
      expect(answer.status).toBe(200);
      expect(answer.body.total).toBe(4);
      expect(pluck(answer.body.entries, 'position')).toEqual(
        ['a1', 'a2', 'a4', 'a3'].map((kpm) => positions.get(`${kpm}.registered`)),
      );
      expect(answer.body.entries[0].data.head).toEqual({ name: 'K. A.', sex: 'F', birthDate: '1950' });
      expect(withoutHashes(answer.text)).not.toMatch(PERSONAL);
      const page = await get(`/figures/provenance?area=${A}&${Q1}&figure=kpm.registered&limit=3`);
      expect([page.body.entries.length, page.body.next]).toEqual([3, positions.get('a4.registered')]);
    });

    it.each([
      [
        'an unknown figure',
        `/figures/provenance?area=${A}&${Q1}&figure=kpm.happy`,
        404,
        'REPORT.UNKNOWN_FIGURE',
      ],
      [
        'a period written another way',
        `/figures?area=${A}&programme=${PROGRAMME}&period=Q1-2024`,
        400,
        'REPORT.BAD_PERIOD',
      ],
      ['an area code of no level', `/figures?area=11.1&${Q1}`, 400, 'REPORT.BAD_AREA'],
      ['a missing programme', `/figures?area=${A}&period=2024`, 400, 'REQUEST.INVALID'],
      ['a misspelt parameter', `/figures?area=${A}&${Q1}&peroid=2024`, 400, 'REQUEST.INVALID'],
      [
        'a position that is not a number',
        `/figures?area=${A}&${Q1}&asOfPosition=latest`,
        400,
        'REQUEST.INVALID',
      ],
      [
        'a past position and a past day at once',
        `/figures?${Q1}&asOfPosition=3&asOfDate=2024-01-01`,
        400,
        'REPORT.AS_OF_TWICE',
      ],
      ['the areas below a village', `/figures/areas?parent=${A}&${Q1}`, 400, 'REPORT.NO_CHILD_AREAS'],
    ])('refuses %s', (_label, path, status, code) => expectRefused(() => get(path), status, code));
  });

  describe('read models', () => {
    it('serves the public ones to anyone, paged by a stable key, in JSON and CSV', async () => {
      const first = await get(`/read-models/village-allocations?programme=${PROGRAMME}&limit=2`);
      expect(first.status).toBe(200);
      expect(pluck(first.body.rows, 'village_code')).toEqual([A, B]);
      expect(first.body.rows[0]).toMatchObject({ dana_desa: 1_000_000_000, allocation: 200_000_000 });
      const rest = await get(
        `/read-models/village-allocations?programme=${PROGRAMME}&after=${first.body.next}`,
      );
      expect(pluck(rest.body.rows, 'village_code')).toEqual(['11.01.02.2001']);
      expect(rest.body.next).toBeNull();
      const csv = await get('/read-models/programmes?format=csv');
      expect(csv.type).toBe('text/csv; charset=utf-8');
      const [header, row] = csvRows(csv.text);
      expect(row![header!.indexOf('programme_id')]).toBe(PROGRAMME);
      const grievances = await get(`/read-models/grievances?area=${A}`);
      expect(grievances.body.rows).toHaveLength(2);
      expect(grievances.body.rows[0]).not.toHaveProperty('tracking_code');
      expect(grievances.text).not.toContain('tetangga');
      const sessions = await get(`/read-models/training-sessions`);
      expect(sessions.body.rows[0]).not.toHaveProperty('data');
    });

    it('serves families only to the forum tier, pseudonymous, and an operator only their villages', async () => {
      await expectRefused(() => get('/read-models/kpm'), 401, 'ACCESS.UNAUTHENTICATED');
      await expectRefused(() => get('/read-models/payments'), 401, 'ACCESS.UNAUTHENTICATED');
      const forum = await get('/read-models/kpm', 'forum');
      expect(forum.status).toBe(200);
      expect(pluck(forum.body.rows, 'kpm_id')).toEqual(['a1', 'a2', 'a3', 'a4', 'b1', 'c1']);
      const a1 = forum.body.rows[0];
      expect(a1.head_initials).toBe('K. A.');
      expect(a1.nik_masked).toMatch(/^110101\*{6}\d{4}$/);
      expect(a1.registered_on).toBe('2024-01-10');
      expect(a1).not.toHaveProperty('nik_token');
      expect(a1).not.toHaveProperty('registration');
      expect(forum.text).not.toMatch(/Kepala|\d{16}|hmac:/);
      const opB = await get('/read-models/kpm', 'opB');
      expect(pluck(opB.body.rows, 'kpm_id')).toEqual(['b1']);
      expect((await get(`/read-models/kpm?area=${A}`, 'opB')).body.rows).toEqual([]);
      expect((await get(`/read-models/payments?area=${A}`, 'opB')).body.rows).toEqual([]);
      const payments = await get(`/read-models/payments?area=${A}&programme=${PROGRAMME}`, 'opA');
      expect(payments.body.rows.length).toBeGreaterThan(0);
      expect(payments.body.rows[0]).not.toHaveProperty('data');
      const attendance = await get('/read-models/training-attendance?format=csv', 'inspector');
      expect(
        csvRows(attendance.text)
          .slice(1)
          .map((row) => row[2]),
      ).toEqual(['a1', 'a2']);
    });

    it('refuses an unknown table and a cursor that is not one', async () => {
      await expectRefused(() => get('/read-models/kpm_view', 'admin'), 404, 'READ_MODEL.UNKNOWN');
      await expectRefused(
        () => get('/read-models/payments?after=abc', 'admin'),
        400,
        'READ_MODEL.BAD_CURSOR',
      );
    });
  });

  describe('histories', () => {
    it("gives a family's events with position, actor, source and hash", async () => {
      const answer = await get('/history/kpm/a1', 'forum');
      expect(answer.status).toBe(200);
      expect(pluck(answer.body.entries, 'type')).toEqual([
        'beneficiary.registered',
        'beneficiary.approved',
        'payment.paid',
        'payment.paid',
        'payment.due',
        'payment.failed',
      ]);
      for (const entry of answer.body.entries) {
        expect(entry).toMatchObject({ actor: 'operator-a', source: 'script', streamId: 'kpm-a1' });
        expect(entry.position).toEqual(expect.any(Number));
        expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
      }
      expect(answer.body.entries[0].data.head).toMatchObject({
        name: 'K. A.',
        nikMasked: expect.any(String),
      });
      const page = await get(`/history/kpm/a1?limit=2&upTo=${positions.get('a1.2024-02.paid')}`, 'opA');
      expect([page.body.entries.length, page.body.next]).toEqual([2, positions.get('a1.approved')]);
    });

    it('refuses a family of another village to an operator, an unknown family, and the public', async () => {
      await expectRefused(() => get('/history/kpm/a1', 'opB'), 403, 'ACCESS.VILLAGE_FORBIDDEN');
      await expectRefused(() => get('/history/kpm/nobody', 'forum'), 404, 'KPM.NOT_FOUND');
      await expectRefused(() => get('/history/kpm/a1'), 401, 'ACCESS.UNAUTHENTICATED');
    });

    it("gives a village's record of a programme: its own allocation, families, training and grievances", async () => {
      const answer = await get(`/history/villages/${A}?programme=${PROGRAMME}&limit=1000`, 'opA');
      expect(answer.status).toBe(200);
      const streams = new Set(pluck(answer.body.entries, 'streamId'));
      expect([...streams].sort()).toEqual(
        [
          'grievance-g1',
          'grievance-g2',
          'kpm-a1',
          'kpm-a2',
          'kpm-a3',
          'kpm-a4',
          `programme-${PROGRAMME}`,
          'training-s1',
        ].sort(),
      );
      const allocations = answer.body.entries.filter(
        (entry: any) => entry.type === 'programme.village-allocation-set',
      );
      expect(
        allocations.map((entry: TimelineEntry) => (entry.data as { villageCode: string }).villageCode),
      ).toEqual([A]);
      expect(withoutHashes(answer.text)).not.toMatch(/Kepala|\d{16}/);
      await expectRefused(
        () => get(`/history/villages/${B}?programme=${PROGRAMME}`, 'opA'),
        403,
        'ACCESS.VILLAGE_FORBIDDEN',
      );
      await expectRefused(
        () => get(`/history/villages/11.01?programme=${PROGRAMME}`, 'forum'),
        400,
        'REPORT.NOT_A_VILLAGE',
      );
    });

    it('gives a training session’s events', async () => {
      const answer = await get('/history/training/s1', 'forum');
      expect(pluck(answer.body.entries, 'type')).toEqual([
        'training.scheduled',
        'training.held',
        'training.attendance-recorded',
        'training.attendance-recorded',
      ]);
      await expectRefused(() => get('/history/training/s9', 'forum'), 404, 'TRAINING.NOT_FOUND');
    });
  });

  describe('personal data', () => {
    const disclosures = async () => (await store.readStream('disclosure-a1')).length;

    it('refuses without a purpose, to a forum, to another village and for an unknown family, recording nothing', async () => {
      await expectRefused(
        () => get('/kpm/a1/personal-data', 'inspector'),
        400,
        'PERSONAL_DATA.PURPOSE_REQUIRED',
      );
      await expectRefused(
        () => get('/kpm/a1/personal-data?purpose=%20%20', 'inspector'),
        400,
        'PERSONAL_DATA.PURPOSE_REQUIRED',
      );
      await expectRefused(() => get('/kpm/a1/personal-data?purpose=audit', 'forum'), 403, 'ACCESS.FORBIDDEN');
      await expectRefused(() => get('/kpm/a1/personal-data?purpose=audit'), 401, 'ACCESS.UNAUTHENTICATED');
      await expectRefused(
        () => get('/kpm/a1/personal-data?purpose=audit', 'opB'),
        403,
        'ACCESS.VILLAGE_FORBIDDEN',
      );
      await expectRefused(
        () => get('/kpm/nobody/personal-data?purpose=audit', 'admin'),
        404,
        'KPM.NOT_FOUND',
      );
      expect(await disclosures()).toBe(0);
    });

    it('records the reading first, then gives the registration in clear', async () => {
      const purpose = 'Surat tugas Inspektorat 700/12/2024';
      const answer = await get(`/kpm/a1/personal-data?purpose=${encodeURIComponent(purpose)}`, 'inspector');
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.body.registration).toMatchObject({
        kpmId: 'a1',
        villageCode: A,
        head: { name: 'Kepala a1', sex: 'F', birthDate: '1950-05-17' },
      });
      expect(answer.body.registration.head.nik).toMatch(/^\d{16}$/);
      const recorded = await store.readStream('disclosure-a1');
      expect(recorded).toHaveLength(1);
      expect(recorded[0]).toMatchObject({
        type: 'personal-data.disclosed',
        position: answer.body.disclosure.position,
        data: {
          kpmId: 'a1',
          purpose,
          fields: ['head.name', 'head.nik', 'head.birthDate', 'members[].birthDate'],
        },
        metadata: { actor: parseAccessKey(keys.inspector)!.id, source: 'saksi-api' },
      });

      const history = await get('/history/kpm/a1', 'forum');
      const disclosed = history.body.entries.filter((entry: any) => entry.streamId === 'disclosure-a1');
      expect(disclosed).toHaveLength(1);
      expect(disclosed[0]).toMatchObject({
        type: 'personal-data.disclosed',
        actor: parseAccessKey(keys.inspector)!.id,
        data: { purpose },
      });
      expect(disclosed[0].position).toBeGreaterThan(history.body.entries[0].position);
      const operator = await get('/kpm/a1/personal-data?purpose=Kunjungan%20rumah', 'opA');
      expect([operator.status, await disclosures()]).toEqual([200, 2]);
    });
  });

  describe('the printed village report', () => {
    it('shows the paid amount the Indonesian way, links each figure to its provenance and names the log head', async () => {
      await caughtUp();
      const answer = await get(`/reports/villages/${A}?${Q1}`);
      expect(answer.status).toBe(200);
      expect(answer.type).toBe('text/html; charset=utf-8');
      const html = answer.text;
      const head = await store.head();
      expect(html).toContain('<html lang="id">');
      // The village's name from the official list (idn-area-data), beside its code.
      expect(html).toContain('Keude Bakongan');
      expect(html).toContain('Rp1.200.000');
      expect(html).toContain('Rp200.000.000');
      expect(html).toContain(
        `<a href="/api/v1/figures/provenance?area=${A}&amp;programme=${PROGRAMME}&amp;period=2024-Q1&amp;figure=payments.paid">Rp1.200.000</a>`,
      );
      expect(html).toContain(head.hash);
      expect(html).toContain(`npx saksi verify --expect ${head.position}:${head.hash}`);
      expect(html).toMatch(/<caption>[^<]+<\/caption>/);
      expect(html).toContain('<th scope="row">');
      expect(html).not.toMatch(/<script|<link|src=/i);
      const links = html.match(/<td class="n"><a href="[^"]+">/g) ?? [];
      expect(links.length).toBeGreaterThan(30);
      expect(withoutHashes(html)).not.toMatch(PERSONAL);
    });

    it('speaks English when asked, and shows a past state of the log', async () => {
      const english = await get(`/reports/villages/${A}?${Q1}&lang=en`);
      expect(english.text).toContain('<html lang="en">');
      expect(english.text).toContain('Rp1,200,000');
      const before = positions.get('a2.exited')! - 1;
      const then = await get(`/reports/villages/${A}?${Q1}&asOfPosition=${before}`);
      expect(then.text).toContain('>Rp900.000</a>');
      await expectRefused(() => get(`/reports/villages/11.01.01?${Q1}`), 400, 'REPORT.NOT_A_VILLAGE');
      await expectRefused(
        () => get(`/reports/villages/${A}?programme=blt-2042&period=2024`),
        404,
        'PROGRAMME.NOT_FOUND',
      );
      await expectRefused(() => get(`/reports/villages/${A}?${Q1}&lang=fr`), 400, 'REQUEST.INVALID');
    });
  });

  describe('projections', () => {
    it('shows each read model caught up with the log, to inspectors and admins only', async () => {
      await caughtUp();
      const answer = await get('/projections', 'inspector');
      expect(answer.status).toBe(200);
      // The four read models of the programme; others (alerts) may follow the log beside them.
      expect(pluck(answer.body.projections, 'name')).toEqual(
        expect.arrayContaining(['programmes', 'beneficiaries', 'training', 'grievances']),
      );
      expect(answer.body.projections.every((status: any) => status.lagEvents === 0)).toBe(true);
      await expectRefused(() => get('/projections', 'forum'), 403, 'ACCESS.FORBIDDEN');
    });

    it("reports each read model's position and lag on /health and /metrics", async () => {
      await caughtUp();
      const head = (await store.head()).position;
      const health = { body: (await (await fetch(`${ledger.baseUrl}/health`)).json()) as any };
      expect(pluck(health.body.projections, 'name')).toEqual([
        'programmes',
        'beneficiaries',
        'training',
        'grievances',
        'alerts',
      ]);
      for (const status of health.body.projections)
        expect(status).toEqual({ name: status.name, position: head, lagEvents: 0, lagSeconds: 0 });
      const metrics = await (await fetch(`${ledger.baseUrl}/metrics`)).text();
      expect(metrics).toMatch(/saksi_consumer_lag_events\{consumer="beneficiaries",app="saksi-ledger"\} 0\n/);
      expect(metrics).toMatch(/saksi_consumer_lag_seconds\{consumer="training",app="saksi-ledger"\} 0\n/);
    });

    it('rebuilds a read model for an admin, leaving the figures as they were', async () => {
      const before = (await get(`/figures?area=11.01&${Q1}`)).body;
      await expectRefused(
        () => request('POST', '/projections/beneficiaries/replay', 'inspector'),
        403,
        'ACCESS.FORBIDDEN',
      );
      await expectRefused(
        () => request('POST', '/projections/nothing/replay', 'admin'),
        404,
        'PROJECTION.UNKNOWN',
      );
      const replay = await request('POST', '/projections/beneficiaries/replay', 'admin');
      expect(replay.status).toBe(200);
      expect(replay.body).toMatchObject({
        projection: 'beneficiaries',
        position: (await store.head()).position,
      });
      expect(replay.body.rows.kpm_view).toBe(6);
      expect((await get(`/figures?area=11.01&${Q1}`)).body).toEqual(before);
    });
  });

  it('describes every read route in a valid OpenAPI document', async () => {
    const answer = await get('/api/docs-json');
    const document = answer.body as { paths: Record<string, Record<string, any>> };
    const validation = await new Validator().validate(structuredClone(document));
    expect(validation.errors).toBeUndefined();
    for (const path of [
      '/api/v1/figures',
      '/api/v1/figures/areas',
      '/api/v1/figures/provenance',
      '/api/v1/read-models/{name}',
      '/api/v1/history/kpm/{kpmId}',
      '/api/v1/history/villages/{code}',
      '/api/v1/history/training/{sessionId}',
      '/api/v1/kpm/{kpmId}/personal-data',
      '/api/v1/reports/villages/{code}',
      '/api/v1/projections',
      '/api/v1/projections/{name}/replay',
    ])
      expect(Object.keys(document.paths)).toContain(path);
    const figures = document.paths['/api/v1/figures']!['get'];
    expect(pluck(figures.parameters, 'name')).toEqual(
      expect.arrayContaining(['area', 'programme', 'period', 'asOfPosition', 'asOfDate', 'format']),
    );
    expect(figures.summary).toMatch(/ \/ /);
  });
});
