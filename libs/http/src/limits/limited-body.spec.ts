import { Readable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { LimitExceeded } from './limit-exceeded.error.js';
import { LimitedBody } from './limited-body.js';

function upload(chunks: string[], headers: Record<string, string> = {}) {
  return Object.assign(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), { headers });
}

async function read(stream: Readable): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}

describe('a limited upload body', () => {
  it('passes a body within the limit through unchanged', async () => {
    expect(await read(LimitedBody.of(upload(['a,b\n', '1,2\n']), 8))).toBe('a,b\n1,2\n');
  });

  it('refuses a declared Content-Length over the limit before reading anything', () => {
    const refusal = (() => {
      try {
        LimitedBody.of(upload(['x'], { 'content-length': '9' }), 8);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(LimitExceeded);
    expect((refusal as LimitExceeded).problem).toMatchObject({ status: 413, code: 'HTTP.UPLOAD_TOO_LARGE' });
  });

  it('fails a chunked body the moment it passes the limit, and says so', async () => {
    const body = LimitedBody.of(upload(['12345', '6789', 'more']), 8);
    await expect(read(body)).rejects.toBeInstanceOf(LimitExceeded);
    expect(body.exceeded?.problem.params).toEqual({ limitBytes: 8 });
  });
});
