import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { formatAccessKey } from '@saksi/access';
import { recordFigures } from '@saksi/testing';
import { type AuthzApp, startAuthzApp } from './support/authz-app.js';
import { type Answer, type Credentials, type SampleRequest, send } from './support/authz-http.js';
import { portalFormToken } from './support/portal-sessions.js';

const PUBLIC_LIMIT = 5;
const FAILED_KEY_LIMIT = 3;
const WINDOW_SECONDS = 2;
const FIGURES = '/api/v1/figures?programme=none&area=11.01&period=2024';

/** A key of the right shape that was never issued: refused after a lookup, as a guess would be. */
const unknownKey = () => formatAccessKey('0b9d4a52-8a4b-4c4e-9b1a-3f3c2d1e0f00', randomBytes(32));

function expectLimited(answer: Answer) {
  expect(answer.status).toBe(429);
  const retryAfter = Number(answer.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
  expect(answer.text).toContain(`${retryAfter} detik`);
  return retryAfter;
}

function expectLimitedProblem(answer: Answer, code: string): number {
  const retryAfter = expectLimited(answer);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.json).toMatchObject({ status: 429, code, params: { retryAfterSeconds: retryAfter } });
  const { message } = answer.json as { message: { id: string; en: string } };
  expect(message.id).toMatch(/coba lagi dalam \d+ detik/i);
  expect(message.en).toMatch(/try again in \d+ seconds?/i);
  return retryAfter;
}

const pause = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000 + 50));

/**
 * Limits per client address, on the real app: each test is a different client on the loopback
 * network (127.0.0.x), so each starts with a budget of its own, and that itself is part of what
 * is proved. The windows are two seconds long, so "after the window" is a short wait.
 */
describe('rate limits on public requests, refused keys and the login', () => {
  let saksi: AuthzApp;
  let limited = 0;
  const ask = (from: string, method: string, request: SampleRequest, credentials: Credentials = {}) =>
    send(saksi.baseUrl, method, request, credentials, from);

  beforeAll(async () => {
    saksi = await startAuthzApp('rate_limits', {
      SAKSI_PUBLIC_RATE_LIMIT: String(PUBLIC_LIMIT),
      SAKSI_PUBLIC_RATE_WINDOW_SECONDS: String(WINDOW_SECONDS),
      SAKSI_FAILED_KEY_LIMIT: String(FAILED_KEY_LIMIT),
      SAKSI_FAILED_KEY_WINDOW_SECONDS: String(WINDOW_SECONDS),
    });
  }, 120_000);

  afterAll(async () => {
    recordFigures('rate-limits', {
      'public limit per address in the test': `${PUBLIC_LIMIT} per ${WINDOW_SECONDS} s`,
      'refused-key limit per address in the test': `${FAILED_KEY_LIMIT} per ${WINDOW_SECONDS} s`,
      'requests answered 429': limited,
      'defaults (SAKSI_PUBLIC_RATE_LIMIT, SAKSI_FAILED_KEY_LIMIT)': '600 per 60 s, 20 per 600 s',
    });
    await saksi?.close();
  });

  it('answers a client over the public limit 429 with a problem document and Retry-After, and serves it again after the window', async () => {
    const client = '127.0.0.2';
    for (let i = 0; i < PUBLIC_LIMIT; i++)
      expect((await ask(client, 'GET', { path: FIGURES })).status).toBe(200);
    const retryAfter = expectLimitedProblem(await ask(client, 'GET', { path: FIGURES }), 'RATE_LIMIT.PUBLIC');
    limited++;
    // The budget is the client's, across the API and the pages alike, and not anyone else's.
    const page = await ask(client, 'GET', { path: '/' });
    expectLimited(page);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.text).toContain('Coba lagi dalam');
    limited++;
    expect((await ask('127.0.0.3', 'GET', { path: '/' })).status).toBe(200);
    await pause(retryAfter);
    expect((await ask(client, 'GET', { path: '/' })).status).toBe(200);
  });

  it('never holds up staff with an accepted key, nor the probes of /health and /metrics', async () => {
    const client = '127.0.0.4';
    for (let i = 0; i < PUBLIC_LIMIT; i++) await ask(client, 'GET', { path: '/' });
    expect((await ask(client, 'GET', { path: '/' })).status).toBe(429);
    limited++;
    for (let i = 0; i < 4 * PUBLIC_LIMIT; i++) {
      expect((await ask(client, 'GET', { path: FIGURES }, { bearer: saksi.keys.admin })).status).toBe(200);
      expect(
        (await ask(client, 'GET', { path: '/api/v1/projections' }, { bearer: saksi.keys.inspector })).status,
      ).toBe(200);
      expect((await ask(client, 'GET', { path: '/health' })).status).toBe(200);
      expect((await ask(client, 'GET', { path: '/metrics' })).status).toBe(200);
    }
  });

  it('limits refused keys per client: past the limit a key is not even checked, unless it was verified before', async () => {
    const client = '127.0.0.5';
    // Verified once from elsewhere: this process knows the key is good.
    expect(
      (await ask('127.0.0.6', 'GET', { path: '/api/v1/projections' }, { bearer: saksi.keys.inspector }))
        .status,
    ).toBe(200);
    for (let i = 0; i < FAILED_KEY_LIMIT; i++) {
      const refused = await ask(client, 'GET', { path: '/api/v1/projections' }, { bearer: unknownKey() });
      expect([refused.status, (refused.json as { code?: string }).code]).toEqual([
        401,
        'ACCESS.UNAUTHENTICATED',
      ]);
    }
    const retryAfter = expectLimitedProblem(
      await ask(client, 'GET', { path: '/api/v1/projections' }, { bearer: unknownKey() }),
      'RATE_LIMIT.FAILED_KEYS',
    );
    // A malformed header, and a good key this process never checked, are turned away alike...
    expectLimitedProblem(
      await ask(client, 'GET', { path: '/api/v1/projections', headers: { authorization: 'Basic abc' } }),
      'RATE_LIMIT.FAILED_KEYS',
    );
    expectLimitedProblem(
      await ask(client, 'GET', { path: '/api/v1/read-models/kpm' }, { bearer: saksi.keys.operatorA }),
      'RATE_LIMIT.FAILED_KEYS',
    );
    limited += 3;
    // ...but the colleague whose key is known good works on, from the same address.
    expect(
      (await ask(client, 'GET', { path: '/api/v1/projections' }, { bearer: saksi.keys.inspector })).status,
    ).toBe(200);
    await pause(retryAfter);
    expect(
      (await ask(client, 'GET', { path: '/api/v1/read-models/kpm' }, { bearer: saksi.keys.operatorA }))
        .status,
    ).toBe(200);
  });

  it('limits the portal login alike, and a forged session cookie counts as a refused key', async () => {
    const client = '127.0.0.7';
    const login = (key: string) =>
      ask(client, 'POST', {
        path: '/masuk',
        form: { t: portalFormToken(saksi, 'login'), lanjut: '/pengawasan', kunci: key },
      });
    expect((await login(unknownKey())).status).toBe(401);
    expect((await login('saksi_tebakan')).status).toBe(401);
    const forged = await ask(
      client,
      'GET',
      { path: '/pengawasan' },
      { cookie: `saksi_sesi=${unknownKey()}` },
    );
    expect(forged.status).toBe(303);
    // The browser is told to drop the cookie, so a stale one is refused (and counted) once.
    expect(forged.headers.get('set-cookie')).toMatch(/^saksi_sesi=; .*Max-Age=0/);
    const refused = await login(saksi.keys.forum);
    const retryAfter = expectLimited(refused);
    expect(refused.headers.get('content-type')).toMatch(/^text\/html/);
    expect(refused.text).toContain('Terlalu banyak kunci akses yang salah');
    expect(refused.headers.get('set-cookie')).toBeNull();
    limited++;
    await pause(retryAfter);
    const signedIn = await login(saksi.keys.forum);
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('set-cookie')).toMatch(/^saksi_sesi=saksi_/);
  });
});
