import { describe, expect, it } from '@jest/globals';
import { Unauthenticated } from './access.errors.js';
import { bearerKey } from './bearer-key.js';

const KEY = 'saksi_0f8fad5bd9cb469fa16570867728950e_' + 'A'.repeat(43);

describe('bearer key', () => {
  it('finds no key when there is no Authorization header', () => {
    expect(bearerKey(undefined)).toBeUndefined();
  });

  it('reads the key after the Bearer scheme, whatever its case', () => {
    expect(bearerKey(`Bearer ${KEY}`)).toBe(KEY);
    expect(bearerKey(`bearer  ${KEY}`)).toBe(KEY);
  });

  it.each([
    ['an empty header', ''],
    ['another scheme', `Basic ${KEY}`],
    ['a scheme without a key', 'Bearer'],
    ['a key that is not a Saksi key', 'Bearer abc.def.ghi'],
    ['two keys', `Bearer ${KEY} ${KEY}`],
  ])('refuses %s as unauthenticated', (_what, header) => {
    expect(() => bearerKey(header)).toThrow(Unauthenticated);
  });
});
