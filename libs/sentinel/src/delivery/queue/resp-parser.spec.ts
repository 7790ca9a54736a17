import { describe, expect, it } from '@jest/globals';
import { RespParser } from './resp-parser.js';

function parseAll(...chunks: string[]): unknown[] {
  const replies: unknown[] = [];
  const parser = new RespParser((reply) => replies.push(reply));
  for (const chunk of chunks) parser.push(Buffer.from(chunk));
  return replies;
}

describe('RESP replies', () => {
  it('reads strings, integers, nil and nested arrays, as ioredis hands them to BullMQ', () => {
    expect(parseAll('+OK\r\n:42\r\n$5\r\nhello\r\n$-1\r\n*2\r\n$1\r\na\r\n*1\r\n:1\r\n*-1\r\n')).toEqual([
      'OK',
      42,
      'hello',
      null,
      ['a', [1]],
      null,
    ]);
  });

  it('waits for the rest of a reply split across chunks, multi-byte text included', () => {
    const text = 'Desa Sukamaju – 11.01';
    const bytes = Buffer.byteLength(text);
    expect(parseAll(`*2\r\n$${bytes}\r\n${text.slice(0, 6)}`, `${text.slice(6)}\r\n:`, '7\r\n')).toEqual([
      [text, 7],
    ]);
  });

  it('gives an error reply as an Error, also inside the results of a transaction', () => {
    const [top, exec] = parseAll('-NOSCRIPT No matching script\r\n', '*2\r\n+OK\r\n-ERR wrong type\r\n');
    expect(top).toBeInstanceOf(Error);
    expect((top as Error).message).toBe('NOSCRIPT No matching script');
    expect((exec as unknown[])[0]).toBe('OK');
    expect((exec as unknown[])[1]).toBeInstanceOf(Error);
  });
});
