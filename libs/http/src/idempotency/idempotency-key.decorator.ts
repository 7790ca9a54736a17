import type { IncomingMessage } from 'node:http';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { RequestInvalid } from '../validation/request-invalid.error.js';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
const PRINTABLE_ASCII = /^[\x20-\x7e]{1,100}$/;
const SF_STRING_BODY = /^(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\["\\])*$/;

/**
 * The Idempotency-Key header (draft-ietf-httpapi-idempotency-key-header), or undefined when absent.
 * The draft makes the value a Structured Fields string (`"abc"`); the bare form most clients send
 * is accepted too. When present it must be 1-100 printable ASCII characters.
 */
export function parseIdempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const raw = Array.isArray(header) ? undefined : header.trim();
  const key = raw && raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? unquote(raw) : raw;
  if (key === undefined || !PRINTABLE_ASCII.test(key)) throw invalidKey();
  return key;
}

/**
 * `@IdempotencyKey() key: string | undefined` in a handler. Read from `headersDistinct`: Node joins
 * a repeated header it does not know into one value ("a, b"), which would pass for a single key.
 */
export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<Pick<IncomingMessage, 'headers' | 'headersDistinct'>>();
  const lines = request.headersDistinct?.['idempotency-key'];
  return parseIdempotencyKey(
    lines ? (lines.length === 1 ? lines[0] : lines) : request.headers['idempotency-key'],
  );
});

/** RFC 8941 sf-string: printable ASCII, with `\"` and `\\` the only escapes. */
function unquote(quoted: string): string | undefined {
  const inner = quoted.slice(1, -1);
  return SF_STRING_BODY.test(inner) ? inner.replace(/\\(["\\])/g, '$1') : undefined;
}

function invalidKey(): RequestInvalid {
  return RequestInvalid.withErrors([
    {
      path: IDEMPOTENCY_KEY_HEADER,
      code: 'invalid_format',
      message: {
        id: 'Idempotency-Key harus berisi 1 sampai 100 karakter ASCII yang dapat dicetak (huruf, angka, tanda baca), misalnya sebuah UUID.',
        en: 'Idempotency-Key must be 1 to 100 printable ASCII characters (letters, digits, punctuation), such as a UUID.',
      },
    },
  ]);
}
