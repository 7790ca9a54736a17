import { connect } from 'node:net';
import { Body, Controller, Post } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { configureHttp } from '../configure-http.js';
import { IdempotencyKey } from '../idempotency/idempotency-key.decorator.js';

const note = z.strictObject({ note: z.string(), fields: z.record(z.string(), z.unknown()).optional() });
const received: unknown[] = [];

@Controller('notes')
class NotesController {
  @Post()
  record(@Body({ schema: note }) body: z.infer<typeof note>, @IdempotencyKey() key: string | undefined) {
    received.push(body);
    return key === undefined ? body : { ...body, key };
  }
}

/** Bytes on a plain socket: what fetch would refuse to send. */
function send(port: number, head: string, body: Buffer = Buffer.alloc(0)) {
  return new Promise<{ status: number; contentType: string; body: Record<string, unknown> }>(
    (resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port });
      const chunks: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.on('error', reject);
      socket.on('close', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const [header = '', payload = ''] = text.split('\r\n\r\n');
        resolve({
          status: Number(/^HTTP\/1\.1 (\d{3})/.exec(header)?.[1]),
          contentType: /content-type: ([^\r\n]*)/i.exec(header)?.[1] ?? '',
          body: JSON.parse(payload) as Record<string, unknown>,
        });
      });
      socket.end(Buffer.concat([Buffer.from(`${head}\r\nConnection: close\r\n\r\n`, 'latin1'), body]));
    },
  );
}

describe('requests that are not well-formed', () => {
  let app: NestExpressApplication;
  let port: number;
  const post = (headers: string[], body: Buffer) =>
    send(port, ['POST /notes?nik=3201014501900001 HTTP/1.1', 'Host: x', ...headers].join('\r\n'), body);
  const json = (body: Buffer, contentType = 'application/json') =>
    post([`Content-Type: ${contentType}`, `Content-Length: ${body.length}`], body);

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [NotesController] }).compile();
    app = configureHttp(moduleRef.createNestApplication<NestExpressApplication>({ logger: false }));
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer().address() as { port: number }).port;
  });

  afterAll(() => app?.close());

  it.each([
    ['a control character in a header', ['Idempotency-Key: a\x01b', 'Content-Length: 2']],
    ['two Content-Length headers', ['Content-Length: 2', 'Content-Length: 3']],
  ])('answers %s, which Node refuses before Nest, with a problem document', async (_, headers) => {
    const answer = await post(['Content-Type: application/json', ...headers], Buffer.from('{}'));
    expect(answer.status).toBe(400);
    expect(answer.contentType).toBe('application/problem+json; charset=utf-8');
    expect(answer.body).toMatchObject({ code: 'HTTP.MALFORMED_REQUEST', instance: '/notes' });
    expect(answer.body['detail']).toContain('HTTP');
  });

  it('refuses a body that is not UTF-8 rather than record its letters garbled', async () => {
    const latin1 = Buffer.from('{"note":"Sútini"}', 'latin1');
    const answer = await json(latin1);
    expect({ status: answer.status, code: answer.body['code'] }).toEqual({
      status: 400,
      code: 'HTTP.NOT_UTF8',
    });
    expect(received).toEqual([]);
  });

  it('still reads a body that says it is UTF-16, and refuses it when it does not say so', async () => {
    const utf16 = Buffer.from('{"note":"Sútini"}', 'utf16le');
    expect((await json(utf16)).body['code']).toBe('HTTP.NOT_UTF8');
    const answer = await json(utf16, 'application/json; charset=utf-16le');
    expect({ status: answer.status, body: answer.body }).toEqual({ status: 201, body: { note: 'Sútini' } });
  });

  it('refuses a NUL character, even where the schema takes any value', async () => {
    const answer = await json(Buffer.from(JSON.stringify({ note: 'a', fields: { x: ['b\u0000'] } })));
    expect(answer.body).toMatchObject({
      code: 'REQUEST.INVALID',
      errors: [expect.objectContaining({ path: 'fields.x.0', code: 'NUL_CHARACTER' })],
    });
  });

  it('refuses a number too large for JSON to write back (1e309 parses to Infinity)', async () => {
    const answer = await json(Buffer.from('{"note":"a","fields":{"amount":1e309}}'));
    expect(answer.body).toMatchObject({
      code: 'REQUEST.INVALID',
      errors: [expect.objectContaining({ path: 'fields.amount', code: 'NUMBER_NOT_FINITE' })],
    });
  });

  it('refuses two Idempotency-Key headers, which Node would join into one "a, b" key', async () => {
    const body = Buffer.from('{"note":"a"}');
    const twice = await post(
      [
        'Content-Type: application/json',
        `Content-Length: ${body.length}`,
        'Idempotency-Key: a',
        'Idempotency-Key: b',
      ],
      body,
    );
    expect(twice.body).toMatchObject({
      code: 'REQUEST.INVALID',
      errors: [expect.objectContaining({ path: 'Idempotency-Key' })],
    });
    const once = await post(
      ['Content-Type: application/json', `Content-Length: ${body.length}`, 'Idempotency-Key: a, b'],
      body,
    );
    expect(once.body).toEqual({ note: 'a', key: 'a, b' });
  });

  it('refuses nesting deeper than the log can store, without running out of stack', async () => {
    const deep = `{"note":"a","fields":{"x":${'['.repeat(200_000)}${']'.repeat(200_000)}}}`;
    const answer = await json(Buffer.from(deep));
    expect(answer.status).toBe(400);
    expect(answer.body['errors']).toEqual([expect.objectContaining({ code: 'TOO_DEEP' })]);
  });
});
