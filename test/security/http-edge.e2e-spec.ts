import { connect } from 'node:net';
import { request as httpRequest } from 'node:http';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SaksiMetrics, startOpsServer } from '@saksi/observability';
import { PORTAL_CSS_PATH } from '@saksi/portal';
import { recordFigures } from '@saksi/testing';
import { type AuthzApp, startAuthzApp } from './support/authz-app.js';
import { type Answer, type SampleRequest, send } from './support/authz-http.js';
import { portalFormToken } from './support/portal-sessions.js';
import { securityHeaderProblems } from './support/security-headers.js';
import { programme, PROGRAMME } from './support/village-a-seed.js';

const PUBLIC_LIMIT = 40;
const IMPORT_LIMIT_MB = 1;
const MB = 1024 * 1024;
const CSV_HEADER =
  'programme_id,village_code,kpm_id,head_name,head_nik,head_sex,head_birth_date,source_list\n';

interface Received {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** A request as the bytes a client wrote, for the answers Node's parser gives before any app code. */
function rawRequest(
  port: number,
  bytes: string,
): Promise<{ status: number; headers: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes, 'latin1'));
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = ''] = received.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [
          line.slice(0, line.indexOf(':')).toLowerCase(),
          line.slice(line.indexOf(':') + 1).trim(),
        ]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers });
    });
  });
}

/** An upload without a Content-Length (chunked), the way a streaming client sends a large file. */
function chunkedUpload(baseUrl: string, path: string, key: string, chunks: string[]): Promise<Received> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${key}` },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text }),
        );
      },
    );
    outgoing.on('error', reject);
    // Written one after another as the socket takes them; the server may answer before the last.
    void (async () => {
      for (const chunk of chunks)
        if (!outgoing.write(chunk)) await new Promise((next) => outgoing.once('drain', next));
      outgoing.end();
    })().catch(reject);
  });
}

describe('the HTTP edge of every app: security headers and payload limits', () => {
  let saksi: AuthzApp;
  let port: number;
  const checked: string[] = [];

  beforeAll(async () => {
    saksi = await startAuthzApp('http_edge_security', {
      SAKSI_PUBLIC_RATE_LIMIT: String(PUBLIC_LIMIT),
      SAKSI_IMPORT_LIMIT_MB: String(IMPORT_LIMIT_MB),
    });
    port = Number(new URL(saksi.baseUrl).port);
    const admin = (path: string, json: unknown) =>
      send(saksi.baseUrl, 'POST', { path, json }, { bearer: saksi.keys.admin });
    await admin('/api/v1/programmes', programme());
  }, 120_000);

  afterAll(async () => {
    recordFigures('http-edge', {
      'answers checked for security headers': checked.length,
      'JSON and form body limit': '1 MB',
      'CSV upload limit in the test (SAKSI_IMPORT_LIMIT_MB)': `${IMPORT_LIMIT_MB} MB (64 MB by default)`,
    });
    await saksi?.close();
  });

  describe('security headers', () => {
    const kinds: [string, string, SampleRequest, 'bearer' | 'none'][] = [
      [
        'an API answer',
        'GET',
        { path: `/api/v1/figures?programme=${PROGRAMME}&area=11.01&period=2024` },
        'none',
      ],
      ['a refused API request (401)', 'GET', { path: '/api/v1/projections' }, 'none'],
      ['a refused role (403)', 'POST', { path: '/api/v1/programmes', json: {} }, 'bearer'],
      ['an invalid request (400)', 'GET', { path: '/api/v1/figures' }, 'none'],
      ['an unknown API route (404)', 'GET', { path: '/api/v1/nowhere' }, 'none'],
      ['an unknown address (404)', 'GET', { path: '/nowhere/at/all' }, 'none'],
      [
        'malformed JSON (400, from the body parser)',
        'POST',
        { path: '/api/v1/grievances', headers: { 'content-type': 'application/json' } },
        'none',
      ],
      ['a public page', 'GET', { path: '/' }, 'none'],
      ["a portal page's own 404", 'GET', { path: '/desa/99.99.99.9999' }, 'none'],
      ['the redirect to the login', 'GET', { path: '/pengawasan' }, 'none'],
      ['the style sheet', 'GET', { path: PORTAL_CSS_PATH }, 'none'],
      ['the OpenAPI viewer', 'GET', { path: '/api/docs' }, 'none'],
      ['the OpenAPI document', 'GET', { path: '/api/docs-json' }, 'none'],
      ['/health', 'GET', { path: '/health' }, 'none'],
      ['/metrics', 'GET', { path: '/metrics' }, 'none'],
    ];
    it.each(kinds)('are on %s', async (what, method, request, credentials) => {
      const answer = await send(
        saksi.baseUrl,
        method,
        request,
        credentials === 'bearer' ? { bearer: saksi.keys.forum } : {},
      );
      expect({ what, problems: securityHeaderProblems(answer.headers) }).toEqual({ what, problems: [] });
      checked.push(what);
    });

    it('are on a 429 and a 413', async () => {
      for (let i = 0; i < PUBLIC_LIMIT; i++)
        await send(saksi.baseUrl, 'GET', { path: '/cari?q=x' }, {}, '127.0.0.30');
      const limited = await send(saksi.baseUrl, 'GET', { path: '/cari?q=x' }, {}, '127.0.0.30');
      expect(limited.status).toBe(429);
      const tooLarge = await send(
        saksi.baseUrl,
        'POST',
        { path: '/api/v1/findings', json: { padding: 'x'.repeat(2 * MB) } },
        { bearer: saksi.keys.forum },
      );
      expect(tooLarge.status).toBe(413);
      expect([
        ...securityHeaderProblems(limited.headers),
        ...securityHeaderProblems(tooLarge.headers),
      ]).toEqual([]);
      checked.push('a 429', 'a 413');
    });

    it("are on Node's own refusal of malformed HTTP, before any app code runs", async () => {
      const answer = await rawRequest(port, 'GET / HTTP/1.1\r\nHost: saksi\r\nX-Broken: a\u0001b\r\n\r\n');
      expect(answer.status).toBe(400);
      expect(securityHeaderProblems(answer.headers)).toEqual([]);
      checked.push('malformed HTTP');
    });

    it("are on the ops server of the apps without an API of their own (the relay's /health and /metrics)", async () => {
      const server: Server = await startOpsServer(
        0,
        '127.0.0.1',
        () => Promise.resolve({ ready: true }),
        new SaksiMetrics('saksi-relay'),
      );
      try {
        const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
        for (const path of ['/health', '/metrics', '/nowhere']) {
          const answer = await send(base, 'GET', { path });
          expect({ path, problems: securityHeaderProblems(answer.headers) }).toEqual({ path, problems: [] });
          checked.push(`ops server ${path}`);
        }
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });
  });

  describe('payload limits', () => {
    async function expectRefusedWithoutWriting(
      answer: Promise<Answer | Received>,
      status: number,
      code: string,
    ) {
      const before = await saksi.head();
      const received = await answer;
      const body = JSON.parse(received.text) as { code: string; message: { id: string; en: string } };
      expect([received.status, body.code]).toEqual([status, code]);
      expect(body.message.id.length).toBeGreaterThan(20);
      expect(body.message.en.length).toBeGreaterThan(20);
      await saksi.settled();
      expect(await saksi.head()).toBe(before);
      return body;
    }

    it('refuses a JSON body over 1 MB with 413 and a problem document, and records nothing', async () => {
      const body = { villageCode: '11.01.01.2001', category: 'other', text: 'x'.repeat(MB) };
      await expectRefusedWithoutWriting(
        send(saksi.baseUrl, 'POST', { path: '/api/v1/grievances', json: body }),
        413,
        'HTTP.PAYLOAD_TOO_LARGE',
      );
    });

    it("refuses a portal form over 1 MB alike, before the form's handler runs", async () => {
      const form = {
        t: portalFormToken(saksi, 'grievance'),
        desa: '11.01.01.2001',
        kategori: 'other',
        isi: 'x'.repeat(MB),
        kontak: '',
        situs: '',
      };
      await expectRefusedWithoutWriting(
        send(saksi.baseUrl, 'POST', { path: '/aduan', form }),
        413,
        'HTTP.PAYLOAD_TOO_LARGE',
      );
    });

    it('refuses a CSV upload over its own limit, declared or streamed, with 413, and records none of its rows', async () => {
      const row = (n: number, village = '11.01.01.2001') =>
        `${PROGRAMME},${village},csv-${n},Kepala ${n},110101170550${String(n).padStart(4, '0')},M,1950-05-17,P3KE\n`;
      const valid = [1, 2, 3].map((n) => row(n));
      // Rows of a village that does not exist fail their checks at once, without a write to wait for.
      const filler: string[] = [];
      for (let n = 4, size = CSV_HEADER.length; size <= IMPORT_LIMIT_MB * MB; n++) {
        filler.push(row(n % 10_000, '99.99.99.9999'));
        size += filler.at(-1)!.length;
      }
      const file = CSV_HEADER + valid.join('') + filler.join('');
      const declared = await expectRefusedWithoutWriting(
        send(
          saksi.baseUrl,
          'POST',
          { path: '/api/v1/imports/beneficiaries', csv: file },
          { bearer: saksi.keys.admin },
        ),
        413,
        'HTTP.UPLOAD_TOO_LARGE',
      );
      expect(declared.message.en).toContain(`${IMPORT_LIMIT_MB} MB at most`);
      // Streamed in pieces, the first rows valid: they were recorded in the import's session when the
      // limit cut it off, and rolled back with it.
      const pieces = [
        CSV_HEADER + valid.join(''),
        ...Array.from({ length: Math.ceil(filler.length / 500) }, (_, i) =>
          filler.slice(i * 500, (i + 1) * 500).join(''),
        ),
      ];
      await expectRefusedWithoutWriting(
        chunkedUpload(saksi.baseUrl, '/api/v1/imports/beneficiaries', saksi.keys.admin, pieces),
        413,
        'HTTP.UPLOAD_TOO_LARGE',
      );
      // Within the limit, the same valid rows import.
      const small = await send(
        saksi.baseUrl,
        'POST',
        { path: '/api/v1/imports/beneficiaries', csv: CSV_HEADER + valid.join('') },
        { bearer: saksi.keys.admin },
      );
      expect([small.status, small.text]).toEqual([201, expect.stringContaining('"recorded":3')]);
    });
  });
});
