import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DATA_SOURCE } from '@saksi/database';
import { catalogue } from '@saksi/events';
import { A, B, C, FIGURE_NAMES, PROGRAMME } from '@saksi/projections';
import { parse } from 'csv-parse/sync';
import type { DataSource } from 'typeorm';
import { formSecret, issueFormToken } from './security/form-token.js';
import {
  type PortalTestApp,
  SEEDED_PERSONAL,
  seedProgramme,
  startPortalTestApp,
} from './testing/portal-test-app.js';

interface Page {
  status: number;
  text: string;
  headers: Headers;
}

/**
 * HTML with its whitespace runs made one space, and none before a tag's closing `>`: Prettier lays
 * out the templates, and where it breaks a line is no concern of these tests.
 */
const squash = (text: string) => text.replace(/\s+/g, ' ').replace(/\s+>/g, '>');
/** A hash is 64 hex digits and may by chance hold 16 decimal ones in a row: leave hashes out of the NIK check. */
const withoutHashes = (text: string) => text.replace(/[0-9a-f]{64}/g, '<hash>');
const field = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '';
const HOSTILE = '<script>alert("x")</script>';

describe('the portal: public pages, grievances and the oversight interface', () => {
  let saksi: PortalTestApp;
  let dataSource: DataSource;
  let alertId: string;
  let secret: Buffer;

  async function get(path: string, cookie?: string, headers: Record<string, string> = {}): Promise<Page> {
    const response = await fetch(`${saksi.baseUrl}${path}`, {
      redirect: 'manual',
      headers: { ...(cookie ? { cookie } : {}), ...headers },
    });
    return pageOf(response);
  }

  async function pageOf(response: Response): Promise<Page> {
    const text = await response.text();
    const html = response.headers.get('content-type')?.startsWith('text/html') ?? false;
    return { status: response.status, text: html ? squash(text) : text, headers: response.headers };
  }

  async function post(
    path: string,
    fields: Record<string, string>,
    cookie?: string,
    headers: Record<string, string> = {},
  ): Promise<Page> {
    const response = await fetch(`${saksi.baseUrl}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'same-origin',
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      body: new URLSearchParams(fields).toString(),
    });
    return pageOf(response);
  }

  /** A grievance form's token, signed as if the form had been served `age` ms ago. */
  const formToken = (age: number) => issueFormToken(secret, 'grievance', Date.now() - age);
  const grievance = (overrides: Record<string, string> = {}) => ({
    t: formToken(5_000),
    desa: A,
    program: PROGRAMME,
    kategori: 'payment',
    isi: 'Bantuan bulan April belum diterima.',
    kontak: '',
    situs: '',
    ...overrides,
  });

  async function logIn(holder: string): Promise<string> {
    const form = await get('/masuk');
    const answer = await post('/masuk', {
      t: field(form.text, 't'),
      lanjut: '/pengawasan',
      kunci: saksi.keys[holder]!,
    });
    expect(answer.status).toBe(303);
    return answer.headers.get('set-cookie')!.split(';')[0]!;
  }

  /** Refused with a page of its own, and the log did not move. */
  async function refused(attempt: () => Promise<Page>, status: number, says: string): Promise<Page> {
    const before = await saksi.store.head();
    const page = await attempt();
    expect({ status: page.status, says: page.text.includes(says) }).toEqual({ status, says: true });
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await saksi.store.head()).toEqual(before);
    return page;
  }

  beforeAll(async () => {
    saksi = await startPortalTestApp(
      'portal_pages',
      {
        operator: { role: 'operator', villages: [A] },
        inspector: { role: 'inspector' },
        inspector2: { role: 'inspector' },
        forum: { role: 'forum' },
      },
      { grievanceLimits: { minFillMs: 1_000, perAddress: 4 } },
    );
    dataSource = saksi.app.get<DataSource>(DATA_SOURCE);
    secret = formSecret(saksi.pseudonymKey);
    ({ alertId } = await seedProgramme(saksi, saksi.keys['operator']!));
    // A programme and an allocation whose text is hostile markup: every page must show it as text.
    const hostile = (type: string, data: object) => ({
      type,
      schemaVersion: catalogue.currentVersion(type),
      data,
      metadata: { actor: 'admin', source: 'test' },
      occurredAt: new Date('2023-01-02T03:00:00Z'),
    });
    await saksi.store.append(
      'programme-xss',
      [
        hostile('programme.created', {
          programmeId: 'xss',
          kind: 'OTHER',
          name: HOSTILE,
          year: 2023,
          rules: {
            monthlyAmount: 100_000,
            allocationShareMin: null,
            allocationShareMax: null,
            maxMonthsPerYear: 12,
            requiresP3ke: false,
            excludesPkh: false,
            minWomenTrainingShare: null,
          },
        }),
      ],
      'any',
    );
    await saksi.store.append(
      'programme-xss',
      [
        hostile('programme.village-allocation-set', {
          programmeId: 'xss',
          villageCode: A,
          year: 2023,
          danaDesa: 1_000_000,
          allocation: 100_000,
          decreeRef: `"><img src=x onerror=alert(1)>`,
        }),
      ],
      'any',
    );
    await saksi.caughtUp();
  });

  afterAll(() => saksi?.close());

  describe('public pages', () => {
    const publicPaths = () => {
      const scope = `program=${PROGRAMME}&periode=2024`;
      const areas = ['', '11', '11.01', '11.01.01', '11.01.02', A, B, C];
      return [
        '/',
        '/?lang=en',
        '/wilayah/11',
        '/wilayah/11.01',
        '/wilayah/11.01.01',
        '/wilayah/11.01.02',
        `/desa/${A}`,
        `/desa/${A}?lang=en`,
        `/desa/${B}`,
        `/desa/${C}`,
        `/desa/${A}/penerima`,
        `/desa/${B}/penerima`,
        `/desa/${C}/penerima`,
        `/desa/${A}?program=${PROGRAMME}&periode=2024-Q1`,
        `/desa/${A}?${scope}&csv=bulanan`,
        `/desa/${A}?${scope}&csv=kpm`,
        '/cari?q=bakongan',
        '/aduan',
        '/aduan/AB12-CD34',
        '/aduan/EF56-GH78',
        '/masuk',
        ...areas.flatMap((area) =>
          FIGURE_NAMES.map((figure) => `/asal-usul?wilayah=${area}&${scope}&angka=${figure}`),
        ),
      ];
    };

    it('shows no name, NIK, masked NIK, token, reason, contact or grievance text on any public page', async () => {
      for (const path of publicPaths()) {
        const page = await get(path);
        expect({ path, status: page.status }).toEqual({ path, status: 200 });
        const text = withoutHashes(page.text);
        const leaks = [
          ...[...SEEDED_PERSONAL.names, ...SEEDED_PERSONAL.texts, 'Siti Aminah'].filter((value) =>
            text.includes(value),
          ),
          ...(text.match(/\d{16}|\*{6}|hmac:/g) ?? []),
        ];
        expect({ path, leaks }).toEqual({ path, leaks: [] });
      }
    });

    it('lists recipients with initials, place, status, payments and the Musdes decision only', async () => {
      const page = await get(`/desa/${A}/penerima`);
      expect(page.text).toContain('<p>3 keluarga.</p>');
      expect(page.text).toContain('BA-MUSDES/01/2024');
      expect(page.text).toContain('Feb 2024: Rp300.000');
      expect(page.text).toContain('−Rp300.000 (ditarik kembali)');
      // a3 was paid but never approved: not a recipient in the public notice.
      expect((page.text.match(/<tr> ?<th scope="row">/g) ?? []).length).toBe(3);
    });

    it('speaks Indonesian by default and English when asked, with a link to switch', async () => {
      const id = await get(`/desa/${A}`);
      expect(id.text).toContain('<html lang="id">');
      expect(id.headers.get('content-language')).toBe('id');
      expect(id.text).toContain('<h1>Desa Keude Bakongan</h1>');
      expect(id.text).toContain(`href="/desa/${A}?lang=en" hreflang="en" lang="en">English</a>`);
      const en = await get(`/desa/${A}?lang=en`);
      expect(en.text).toContain('<html lang="en">');
      expect(en.text).toContain('<h1>Village of Keude Bakongan</h1>');
      expect(en.text).toContain('Rp1,500,000');
      expect(en.text).toContain(`href="/desa/${A}" hreflang="id" lang="id">Bahasa Indonesia</a>`);
    });

    it('links every figure to the events behind it and publishes the log head with how to verify it', async () => {
      const page = await get(`/desa/${A}`);
      const head = await saksi.store.head();
      expect(page.text).toContain(`npx saksi verify --expect ${head.position}:${head.hash}`);
      expect(page.text).toContain(
        `/asal-usul?wilayah=${A}&amp;program=${PROGRAMME}&amp;periode=2024-03&amp;angka=payments.failed`,
      );
      const provenance = await get(
        `/asal-usul?wilayah=${A}&program=${PROGRAMME}&periode=2024&angka=kpm.approved`,
      );
      expect(provenance.text).toContain('Angka ini dihitung dari 3 catatan berikut');
      expect((provenance.text.match(/KPM disetujui Musdes<\/h3>/g) ?? []).length).toBe(3);
    });

    it('draws charts with a title and a description, beside tables with the same numbers, also as CSV', async () => {
      const page = await get(`/desa/${A}`);
      expect(page.text).toContain('role="img" aria-labelledby="g-uang-t g-uang-d"');
      expect(page.text).toContain('<title id="g-uang-t">Uang jatuh tempo dan dibayar per bulan</title>');
      const csv = parse<Record<string, string>>(
        (await get(`/desa/${A}?program=${PROGRAMME}&periode=2024&csv=bulanan`)).text,
        { columns: true },
      );
      expect(csv).toHaveLength(12);
      expect(csv.slice(0, 3).map((row) => [row['item'], row['payments.paid'], row['payments.due']])).toEqual([
        ['2024-01', '900000', '0'],
        ['2024-02', '600000', '0'],
        ['2024-03', '0', '300000'],
      ]);
      expect((await get(`/desa/${A}?csv=nothing`)).status).toBe(404);
    });

    it('drills down from the nation through the areas that have records', async () => {
      const nation = await get('/');
      expect(nation.text).toContain(`<a href="/wilayah/11?program=${PROGRAMME}&amp;periode=2024">Aceh</a>`);
      const district = await get('/wilayah/11.01.01');
      expect(district.text).toContain(
        `<a href="/desa/${A}?program=${PROGRAMME}&amp;periode=2024">Keude Bakongan</a>`,
      );
      expect((await get(`/wilayah/${A}`)).headers.get('location')).toBe(`/desa/${A}`);
      expect((await get('/wilayah/99.99')).status).toBe(200);
      expect((await get('/wilayah/eleven')).status).toBe(404);
      const search = await get('/cari?q=keude%20bakongan');
      expect(search.text).toContain(`<a href="/desa/${A}">Keude Bakongan</a>`);
    });

    it('counts alerts by kind and status, without their subject or details', async () => {
      const page = await get(`/desa/${A}`);
      expect(page.text).toContain('(PAYMENT.NOT_APPROVED)');
      expect(page.text).not.toContain('kpm a3');
      expect(page.text).not.toContain(alertId);
    });

    it('escapes every text it did not write', async () => {
      const pages = [
        await get('/?program=xss&periode=2023'),
        await get(`/desa/${A}?program=xss&periode=2023`),
        await get(`/asal-usul?wilayah=${A}&program=xss&periode=2023&angka=allocation`),
        await get(`/cari?q=${encodeURIComponent(HOSTILE)}`),
      ];
      for (const page of pages) {
        expect(page.status).toBe(200);
        expect(page.text).not.toMatch(/<script|<img/);
      }
      expect(pages[0]!.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(pages[2]!.text).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    });

    it('lets a phone keep a page a minute and then revalidate it cheaply; the style sheet for a year', async () => {
      const page = await get(`/desa/${A}`);
      expect(page.headers.get('cache-control')).toBe('public, max-age=60');
      expect(page.headers.get('vary')).toContain('Cookie');
      const etag = page.headers.get('etag')!;
      expect(etag).toBeTruthy();
      // As a phone revalidates (fetch() alone would add `no-cache`, which asks for the whole page).
      const again = await get(`/desa/${A}`, undefined, {
        'if-none-match': etag,
        'cache-control': 'max-age=0',
      });
      expect({ status: again.status, body: again.text }).toEqual({ status: 304, body: '' });
      const css = /href="(\/aset\/saksi\.[0-9a-f]{12}\.css)"/.exec(page.text)![1]!;
      const sheet = await get(css);
      expect(sheet.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(sheet.headers.get('content-type')).toBe('text/css; charset=utf-8');
      expect((await get('/aset/saksi.000000000000.css')).status).toBe(404);
      expect((await get('/aduan')).headers.get('cache-control')).toBe('no-store');
    });

    it('answers a bad address with a page in the reader’s language', async () => {
      const page = await get(`/desa/${A}?periode=kemarin&lang=en`);
      expect(page.status).toBe(400);
      expect(page.text).toContain('Period &quot;kemarin&quot; is not recognised');
      expect((await get('/desa/11.01')).status).toBe(404);
      expect((await get(`/desa/${A}?program=nothing`)).status).toBe(404);
    });
  });

  describe('grievances', () => {
    let code: string;

    it('refuses a form sent faster than a person could fill it, keeping what was written', async () => {
      const page = await refused(
        () => post('/aduan', grievance({ t: formToken(100), isi: 'Tulisan saya' })),
        400,
        'terlalu cepat',
      );
      expect(page.text).toContain('> Tulisan saya</textarea>');
    });

    it('refuses a stale form, a forged one and one whose trap field a script filled', async () => {
      await refused(
        () => post('/aduan', grievance({ t: formToken(2 * 3_600_000) })),
        400,
        'lebih dari satu jam',
      );
      const forged = `${Date.now() - 5_000}.${'A'.repeat(43)}`;
      await refused(() => post('/aduan', grievance({ t: forged })), 400, 'tidak dapat diterima');
      await refused(
        () => post('/aduan', grievance({ situs: 'http://spam.example' })),
        400,
        'tidak dapat diterima',
      );
    });

    it('refuses a form posted from another site', async () => {
      await refused(
        () => post('/aduan', grievance(), undefined, { 'sec-fetch-site': 'cross-site' }),
        403,
        'tidak dikirim dari halaman Saksi',
      );
    });

    it('shows the ledger’s refusal beside the form when a value is wrong', async () => {
      const page = await refused(
        () => post('/aduan', grievance({ desa: '99.99.99.9999' })),
        400,
        'Kode desa',
      );
      expect(page.text).toContain('role="alert"');
    });

    it('files a grievance through the ledger and gives the citizen a tracking code', async () => {
      const form = grievance({ kontak: '0813-1111-2222', isi: 'Uang dipotong Rp50.000 oleh petugas.' });
      const page = await post('/aduan', form);
      expect(page.status).toBe(201);
      code = /<p class="code" id="kode">([A-Z0-9-]+)<\/p>/.exec(page.text)![1]!;
      expect(page.text).toContain(`href="/aduan/${code}"`);
      const [filed] = await saksi.store.readAll({ after: (await saksi.store.head()).position - 1 });
      expect(filed).toMatchObject({ type: 'grievance.filed', metadata: { actor: 'citizen' } });
      expect(filed!.data).toMatchObject({
        trackingCode: code,
        villageCode: A,
        programmeId: PROGRAMME,
        anonymous: false,
      });
      // Sent twice (a double tap): the same grievance, nothing recorded twice.
      const before = await saksi.store.head();
      const twice = await post('/aduan', form);
      expect(twice.text).toContain(`>${code}</p>`);
      expect(await saksi.store.head()).toEqual(before);
    });

    it('shows whether the grievance was answered, and the answer, to whoever holds the code', async () => {
      const waiting = await get(`/aduan/${code}`);
      expect(waiting.text).toContain('Belum dijawab.');
      expect(waiting.headers.get('cache-control')).toBe('no-store');
      expect(waiting.text).not.toContain('0813-1111-2222');
      expect(waiting.text).not.toContain('Uang dipotong Rp50.000');
      const [row] = await dataSource.query<{ grievance_id: string }[]>(
        'select grievance_id from grievance_view where tracking_code = $1',
        [code],
      );
      const answer = await fetch(`${saksi.baseUrl}/api/v1/grievances/${row!.grievance_id}/answer`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${saksi.keys['inspector']}` },
        body: JSON.stringify({ answer: 'Petugas sudah diperiksa; uang dikembalikan.' }),
      });
      expect(answer.status).toBe(201);
      await saksi.caughtUp();
      const answered = await get(`/aduan/${code}`);
      expect(answered.text).toContain('Sudah dijawab pada');
      expect(answered.text).toContain('Petugas sudah diperiksa; uang dikembalikan.');
      expect((await get('/aduan/ZZZZ-ZZZZ')).status).toBe(404);
      expect(
        (await get(`/aduan/lacak?kode=${code.toLowerCase().replace('-', '')}`)).headers.get('location'),
      ).toBe(`/aduan/${code}`);
    });

    it('limits the grievances one address may file, in memory', async () => {
      let status = 201;
      for (let attempt = 0; attempt < 5 && status !== 429; attempt++)
        status = (await post('/aduan', grievance({ isi: `Pengaduan ke-${attempt}` }))).status;
      expect(status).toBe(429);
      await refused(() => post('/aduan', grievance()), 429, 'Terlalu banyak pengaduan');
    });
  });

  describe('the oversight interface', () => {
    it('sends a reader who is not signed in to the login form, and back afterwards', async () => {
      const page = await get('/pengawasan/peringatan');
      expect(page.status).toBe(303);
      expect(page.headers.get('location')).toBe('/masuk?lanjut=%2Fpengawasan%2Fperingatan');
      const form = await get('/masuk?lanjut=%2Fpengawasan%2Fperingatan');
      expect(field(form.text, 'lanjut')).toBe('/pengawasan/peringatan');
      // Never to another site.
      expect(field((await get('/masuk?lanjut=https%3A%2F%2Fevil.example')).text, 'lanjut')).toBe(
        '/pengawasan',
      );
    });

    it('keeps the access key in an HttpOnly, SameSite=Strict cookie', async () => {
      const form = await get('/masuk');
      const answer = await post('/masuk', {
        t: field(form.text, 't'),
        lanjut: '',
        kunci: saksi.keys['inspector']!,
      });
      expect(answer.headers.get('set-cookie')).toMatch(
        /^saksi_sesi=saksi_[^;]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=28800$/,
      );
      expect(answer.headers.get('location')).toBe('/pengawasan');
    });

    it('refuses a wrong key and the roles the interface is not for', async () => {
      const form = await get('/masuk');
      const t = field(form.text, 't');
      await refused(() => post('/masuk', { t, lanjut: '', kunci: 'saksi_nope' }), 401, 'tidak dikenal');
      await refused(
        () => post('/masuk', { t, lanjut: '', kunci: saksi.keys['operator']! }),
        403,
        'forum pengawas, inspektorat dan admin',
      );
      await refused(
        () => post('/masuk', { t: 'forged', lanjut: '', kunci: saksi.keys['forum']! }),
        403,
        'tidak dikirim dari halaman Saksi',
      );
      const forum = await logIn('forum');
      await refused(() => get('/pengawasan/peringatan', forum), 403, 'Peringatan hanya untuk inspektorat');
    });

    it('shows signed-in pages privately, never to a shared cache', async () => {
      const inspector = await logIn('inspector');
      const home = await get('/pengawasan', inspector);
      expect(home.headers.get('cache-control')).toBe('no-store');
      const village = await get(`/desa/${A}`, inspector);
      expect(village.headers.get('cache-control')).toBe('private, no-cache');
    });

    it('refuses a triage post without the session’s CSRF token', async () => {
      const inspector = await logIn('inspector');
      const other = await logIn('inspector2');
      const page = await get(`/pengawasan/peringatan/${alertId}`, inspector);
      const csrf = field(page.text, '_csrf');
      const othersToken = field((await get(`/pengawasan/peringatan/${alertId}`, other)).text, '_csrf');
      const action = `/pengawasan/peringatan/${alertId}/acknowledge`;
      await refused(() => post(action, { catatan: 'x' }, inspector), 403, 'tidak dikirim dari halaman Saksi');
      await refused(
        () => post(action, { _csrf: othersToken, catatan: 'x' }, inspector),
        403,
        'tidak dikirim dari halaman Saksi',
      );
      await refused(
        () => post(action, { _csrf: csrf, catatan: 'x' }, inspector, { 'sec-fetch-site': 'cross-site' }),
        403,
        'tidak dikirim dari halaman Saksi',
      );
      await refused(() => post(action, { _csrf: csrf, catatan: 'x' }), 401, 'Masuk dulu');
    });

    it('triages an alert through the ledger with the inspector’s own key', async () => {
      const inspector = await logIn('inspector');
      const page = await get(`/pengawasan/peringatan/${alertId}`, inspector);
      expect(page.text).toContain('Bukti: catatan di balik peringatan ini');
      expect(page.text).not.toMatch(new RegExp(SEEDED_PERSONAL.names.join('|')));
      const csrf = field(page.text, '_csrf');
      const dismissed = await post(
        `/pengawasan/peringatan/${alertId}/dismiss`,
        { _csrf: csrf, alasan: '' },
        inspector,
      );
      expect(dismissed.status).toBe(400);
      const done = await post(
        `/pengawasan/peringatan/${alertId}/escalate`,
        { _csrf: csrf, tingkat: '2', alasan: 'Perlu inspektorat kabupaten' },
        inspector,
      );
      expect(done.status).toBe(303);
      expect(done.headers.get('location')).toBe(`/pengawasan/peringatan/${alertId}?selesai=escalate`);
      const [escalated] = (await saksi.store.readStream(`alert-${alertId}`)).slice(-1);
      expect(escalated).toMatchObject({
        type: 'alert.escalated',
        data: { alertId, level: 2, reason: 'Perlu inspektorat kabupaten' },
      });
      expect(escalated!.metadata.actor).not.toBe('citizen');
      const after = await get(`/pengawasan/peringatan/${alertId}?selesai=escalate`, inspector);
      expect(after.text).toContain('Peringatan dieskalasi dan tercatat.');
    });

    it('shows a forum the timeline as of a position, pseudonymous, and records its finding', async () => {
      const forum = await logIn('forum');
      const page = await get(`/pengawasan/desa/${A}?program=${PROGRAMME}&posisi=16`, forum);
      expect(page.status).toBe(200);
      expect(page.text).toContain('Keadaan per catatan nomor urut 16');
      expect(page.text).toMatch(/\d{6}\*{6}\d{4}/); // the masked NIK, for spotting duplicates
      expect(withoutHashes(page.text)).not.toMatch(/\d{16}/);
      expect(page.text).not.toMatch(new RegExp(SEEDED_PERSONAL.names.join('|')));
      const csrf = field(page.text, '_csrf');
      const recorded = await post(
        `/pengawasan/desa/${A}/temuan`,
        {
          _csrf: csrf,
          program: PROGRAMME,
          forum: 'BPD',
          namaForum: 'BPD Keude Bakongan',
          ringkasan: HOSTILE,
        },
        forum,
      );
      expect(recorded.status).toBe(303);
      const timeline = await get(recorded.headers.get('location')!, forum);
      expect(timeline.text).toContain('Temuan tercatat.');
      expect(timeline.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(timeline.text).not.toContain(HOSTILE);
      const findings = await get('/pengawasan/temuan', forum);
      expect(findings.text).toContain('BPD Keude Bakongan');
    });

    it('signs out, clearing the cookie', async () => {
      const forum = await logIn('forum');
      const csrf = field((await get('/pengawasan', forum)).text, '_csrf');
      await refused(() => post('/keluar', { _csrf: 'nope' }, forum), 403, 'tidak dikirim dari halaman Saksi');
      const out = await post('/keluar', { _csrf: csrf }, forum);
      expect(out.status).toBe(303);
      expect(out.headers.get('set-cookie')).toBe('saksi_sesi=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0');
    });
  });
});
