import { describe, expect, it } from '@jest/globals';
import { RequestInvalid } from '../validation/request-invalid.error.js';
import { parseIdempotencyKey } from './idempotency-key.decorator.js';

describe('idempotency key header', () => {
  it('is optional', () => {
    expect(parseIdempotencyKey(undefined)).toBeUndefined();
  });

  it('takes a bare key as most clients send it', () => {
    expect(parseIdempotencyKey('8e03978e-40d5-43e8-bc93-6894a57f9324')).toBe(
      '8e03978e-40d5-43e8-bc93-6894a57f9324',
    );
  });

  it('takes the structured-field string the draft specifies, unescaping it', () => {
    expect(parseIdempotencyKey('"8e03978e-40d5"')).toBe('8e03978e-40d5');
    expect(parseIdempotencyKey('"say \\"hi\\""')).toBe('say "hi"');
  });

  it('takes exactly 100 characters but not 101', () => {
    expect(parseIdempotencyKey('k'.repeat(100))).toBe('k'.repeat(100));
    expect(() => parseIdempotencyKey('k'.repeat(101))).toThrow(RequestInvalid);
  });

  it.each([
    ['an empty value', ''],
    ['an empty quoted string', '""'],
    ['non-ASCII letters', 'kunci-é'],
    ['a control character', 'a\tb'],
    ['a bad escape in a quoted string', '"a\\b"'],
    ['a repeated header', ['a', 'b']],
  ])('refuses %s as an invalid request naming the header', (_what, value) => {
    try {
      parseIdempotencyKey(value);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(RequestInvalid);
      expect((error as RequestInvalid).errors).toEqual([
        expect.objectContaining({ path: 'Idempotency-Key', code: 'invalid_format' }),
      ]);
    }
  });
});
