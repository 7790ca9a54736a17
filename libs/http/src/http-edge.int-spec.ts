import { Body, Controller, Get, type LoggerService, Post } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type Actor,
  ACCESS_SCHEMA,
  AccessKeyService,
  AccessModule,
  CurrentActor,
  Public,
  Roles,
} from '@saksi/access';
import { combineSchemas, openStorage, type Storage, StorageModule } from '@saksi/database';
import { SaksiError } from '@saksi/errors';
import { EVENT_STORE_SCHEMA } from '@saksi/event-store';
import { createTestDatabase, type TestDatabase } from '@saksi/testing';
import { z } from 'zod';
import { configureHttp } from './configure-http.js';
import { IdempotencyKey } from './idempotency/idempotency-key.decorator.js';
import { setupOpenApi } from './openapi/setup-open-api.js';

const NIK = '3201014501900001';

const disbursement = z.object({
  data: z.object({ kpmId: z.string().min(1), amount: z.number().int().positive() }),
});

class AmountOverEntitlement extends SaksiError {
  private constructor(amount: number) {
    super(
      'PAYMENT.OVER_ENTITLEMENT',
      'rule',
      { id: `Jumlah ${amount} melebihi hak KPM.`, en: `The amount ${amount} exceeds the KPM's entitlement.` },
      { amount },
    );
  }

  static of(amount: number): AmountOverEntitlement {
    return new AmountOverEntitlement(amount);
  }
}

@Controller('test')
class EdgeTestController {
  @Get('public')
  @Public()
  whoAmI(@CurrentActor() actor: Actor) {
    return { id: actor.id, role: actor.role };
  }

  @Get('operators')
  @Roles('operator')
  operatorsOnly(@CurrentActor() actor: Actor) {
    return { villages: actor.villages };
  }

  @Post('disbursements')
  recordDisbursement(
    @Body({ schema: disbursement }) body: z.infer<typeof disbursement>,
    @IdempotencyKey() key: string | undefined,
  ) {
    if (body.data.amount > 900_000) throw AmountOverEntitlement.of(body.data.amount);
    return { recorded: body.data.amount, idempotencyKey: key ?? null };
  }

  @Post('crash')
  @Public()
  crash(@Body() _body: unknown) {
    throw new Error('relation "kpm_private" does not exist');
  }
}

/** Keeps what Nest logs, to check that it holds no request body. */
class CapturingLogger implements LoggerService {
  readonly lines: string[] = [];
  log = (...parts: unknown[]) => void this.lines.push(parts.map(String).join(' '));
  error = (...parts: unknown[]) => void this.lines.push(parts.map(String).join(' '));
  warn = (...parts: unknown[]) => void this.lines.push(parts.map(String).join(' '));
  debug = () => undefined;
  verbose = () => undefined;
}

describe('the HTTP edge', () => {
  let database: TestDatabase;
  let storage: Storage;
  let app: NestExpressApplication;
  let base: string;
  const logger = new CapturingLogger();
  const keys: Record<'operator' | 'forum' | 'admin', string> = { operator: '', forum: '', admin: '' };

  beforeAll(async () => {
    database = await createTestDatabase('http_edge');
    storage = await openStorage(
      { mode: 'postgres', url: database.url },
      combineSchemas([EVENT_STORE_SCHEMA, ACCESS_SCHEMA]),
    );
    const moduleRef = await Test.createTestingModule({
      imports: [StorageModule.forStorage(storage), AccessModule.register({ cacheTtlMs: 0 })],
      controllers: [EdgeTestController],
    }).compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ logger });
    configureHttp(app);
    setupOpenApi(app, { title: 'Saksi test', version: '0.0.0' });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    base = `http://127.0.0.1:${port}`;
    const access = app.get(AccessKeyService);
    keys.operator = (
      await access.issue({
        role: 'operator',
        villages: ['32.01.01.2001'],
        label: 'operator',
        createdBy: 'test',
      })
    ).key;
    keys.forum = (await access.issue({ role: 'forum', label: 'BPD', createdBy: 'test' })).key;
    keys.admin = (await access.issue({ role: 'admin', label: 'admin', createdBy: 'test' })).key;
  });

  afterAll(async () => {
    await app?.close(); // closes the storage too (StorageModule)
    await database?.drop();
  });

  async function call(path: string, init: RequestInit & { key?: string } = {}) {
    const headers = new Headers(init.headers);
    if (init.key) headers.set('Authorization', `Bearer ${init.key}`);
    if (typeof init.body === 'string' && !headers.has('Content-Type'))
      headers.set('Content-Type', 'application/json');
    const response = await fetch(base + path, { ...init, headers });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  }

  function post(path: string, body: unknown, init: RequestInit & { key?: string } = {}) {
    return call(path, { ...init, method: 'POST', body: JSON.stringify(body) });
  }

  function expectProblem(answer: Awaited<ReturnType<typeof call>>, status: number, code: string) {
    expect({ status: answer.status, code: answer.body?.code }).toEqual({ status, code });
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.body).toMatchObject({ type: `urn:saksi:problem:${code}`, status });
    expect(typeof answer.body.title).toBe('string');
    expect(answer.body.message.id.length).toBeGreaterThan(10);
    expect(answer.body.message.en.length).toBeGreaterThan(10);
    expect(answer.body.detail).toBe(answer.body.message.id);
  }

  describe('access', () => {
    it('serves a public route to a citizen without a key', async () => {
      const answer = await call('/test/public');
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ id: 'citizen', role: 'citizen' });
    });

    it('knows a staff member on a public route by their key', async () => {
      expect((await call('/test/public', { key: keys.operator })).body.role).toBe('operator');
    });

    it('treats an unknown key on a public route as a citizen', async () => {
      const unknown = 'saksi_' + '0'.repeat(32) + '_' + 'A'.repeat(43);
      expect((await call('/test/public', { key: unknown })).body.role).toBe('citizen');
    });

    it('refuses a malformed Authorization header even on a public route', async () => {
      const answer = await call('/test/public', { headers: { Authorization: 'Basic dXNlcjpwYXNz' } });
      expectProblem(answer, 401, 'ACCESS.UNAUTHENTICATED');
      expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="saksi"');
      expect(answer.body.instance).toBe('/test/public');
    });

    it('asks for a key on a staff route', async () => {
      expectProblem(await call('/test/operators'), 401, 'ACCESS.UNAUTHENTICATED');
    });

    it('refuses an unknown key on a staff route', async () => {
      const unknown = 'saksi_' + '0'.repeat(32) + '_' + 'A'.repeat(43);
      const answer = await call('/test/operators', { key: unknown });
      expectProblem(answer, 401, 'ACCESS.UNAUTHENTICATED');
      expect(answer.body.params).toEqual({ reason: 'not-accepted' });
    });

    it('lets the listed role in and keeps the others out', async () => {
      const allowed = await call('/test/operators', { key: keys.operator });
      expect(allowed.status).toBe(200);
      expect(allowed.body).toEqual({ villages: ['32.01.01.2001'] });
      const refused = await call('/test/operators', { key: keys.forum });
      expectProblem(refused, 403, 'ACCESS.FORBIDDEN');
      expect(refused.body.params).toEqual({ role: 'forum', allowed: ['operator'] });
    });

    it('keeps a route without a decorator for admins only', async () => {
      const body = { data: { kpmId: 'kpm-1', amount: 300_000 } };
      expectProblem(await post('/test/disbursements', body, { key: keys.operator }), 403, 'ACCESS.FORBIDDEN');
      expectProblem(await post('/test/disbursements', body), 401, 'ACCESS.UNAUTHENTICATED');
      const answer = await post('/test/disbursements', body, { key: keys.admin });
      expect(answer.status).toBe(201);
      expect(answer.body).toEqual({ recorded: 300_000, idempotencyKey: null });
    });
  });

  describe('validation and errors', () => {
    it('names every field a body gets wrong', async () => {
      const answer = await post('/test/disbursements', { data: { amount: -5 } }, { key: keys.admin });
      expectProblem(answer, 400, 'REQUEST.INVALID');
      expect(answer.body.errors).toEqual([
        {
          path: 'data.kpmId',
          code: 'invalid_type',
          message: { id: 'Wajib diisi.', en: 'This is required.' },
        },
        expect.objectContaining({ path: 'data.amount', code: 'too_small' }),
      ]);
    });

    it('answers a SaksiError from a handler by its kind and code', async () => {
      const answer = await post(
        '/test/disbursements',
        { data: { kpmId: 'kpm-1', amount: 1_000_000 } },
        { key: keys.admin },
      );
      expectProblem(answer, 422, 'PAYMENT.OVER_ENTITLEMENT');
      expect(answer.body.params).toEqual({ amount: 1_000_000 });
    });

    it('speaks English to a client that prefers it', async () => {
      const answer = await call('/test/operators', { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } });
      expect(answer.body.detail).toBe(answer.body.message.en);
      expect(answer.body.title).toBe('Authentication required');
      expect(answer.headers.get('content-language')).toBe('en');
    });

    it('hands the Idempotency-Key to the handler and refuses one that is not printable ASCII', async () => {
      const body = { data: { kpmId: 'kpm-1', amount: 300_000 } };
      const ok = await post('/test/disbursements', body, {
        key: keys.admin,
        headers: { 'Idempotency-Key': 'abc-123' },
      });
      expect(ok.body.idempotencyKey).toBe('abc-123');
      const refused = await post('/test/disbursements', body, {
        key: keys.admin,
        headers: { 'Idempotency-Key': 'k'.repeat(101) },
      });
      expectProblem(refused, 400, 'REQUEST.INVALID');
      expect(refused.body.errors[0].path).toBe('Idempotency-Key');
    });

    it('answers an unknown route with HTTP.NOT_FOUND', async () => {
      const answer = await call('/no/such/route?nik=' + NIK);
      expectProblem(answer, 404, 'HTTP.NOT_FOUND');
      expect(answer.body.instance).toBe('/no/such/route');
    });

    it('answers a body that is not JSON with HTTP.MALFORMED_JSON', async () => {
      const answer = await call('/test/disbursements', {
        method: 'POST',
        body: '{"data": ',
        key: keys.admin,
      });
      expectProblem(answer, 400, 'HTTP.MALFORMED_JSON');
    });

    it('answers a 2 MB body with HTTP.PAYLOAD_TOO_LARGE', async () => {
      const answer = await post(
        '/test/disbursements',
        { data: { note: 'x'.repeat(2 * 1024 * 1024) } },
        { key: keys.admin },
      );
      expectProblem(answer, 413, 'HTTP.PAYLOAD_TOO_LARGE');
    });

    it('accepts a body just under 1 MB', async () => {
      const body = { data: { kpmId: 'kpm-1', amount: 1 }, padding: 'x'.repeat(1000 * 1000) };
      expect((await post('/test/disbursements', body, { key: keys.admin })).status).toBe(201);
    });

    it('answers an unexpected error with INTERNAL, telling nothing and logging no body', async () => {
      const answer = await post('/test/crash', { nik: NIK });
      expectProblem(answer, 500, 'INTERNAL');
      expect(JSON.stringify(answer.body)).not.toContain('kpm_private');
      const logged = logger.lines.join('\n');
      expect(logged).toContain('POST /test/crash failed with INTERNAL');
      expect(logged).toContain('kpm_private');
      expect(logged).not.toContain(NIK);
    });
  });

  describe('headers', () => {
    it.each([
      ['a success', '/test/public'],
      ['an error', '/test/operators'],
      ['an unknown route', '/nowhere'],
    ])('sets the security headers on %s', async (_what, path) => {
      const { headers } = await call(path);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('cross-origin-resource-policy')).toBe('same-origin');
      expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
      expect(headers.get('x-powered-by')).toBeNull();
    });
  });

  describe('OpenAPI', () => {
    it('serves a 3.x document with the access-key scheme and the zod body schema', async () => {
      const answer = await call('/api/docs-json');
      expect(answer.status).toBe(200);
      expect(answer.body.openapi).toMatch(/^3\./);
      expect(answer.body.info).toMatchObject({ title: 'Saksi test', version: '0.0.0' });
      expect(answer.body.components.securitySchemes['access-key']).toMatchObject({
        type: 'http',
        scheme: 'bearer',
      });
      expect(answer.body.security).toEqual([{ 'access-key': [] }, {}]);
      const operation = answer.body.paths['/test/disbursements'].post;
      expect(JSON.stringify(operation.requestBody)).toContain('kpmId');
    });

    it('serves the documentation page', async () => {
      const response = await fetch(`${base}/api/docs`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
    });
  });
});
