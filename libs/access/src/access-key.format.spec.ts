import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { formatAccessKey, parseAccessKey } from './access-key.format.js';

describe('access key format', () => {
  it('reads back the id and secret it wrote', () => {
    const id = randomUUID();
    const secret = randomBytes(32);
    const key = formatAccessKey(id, secret);
    expect(key).toMatch(/^saksi_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    const parsed = parseAccessKey(key);
    expect(parsed?.id).toBe(id);
    expect(parsed?.secret.equals(secret)).toBe(true);
  });

  it('keeps secrets that contain underscores and dashes intact', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const secret = Buffer.alloc(32, 0xff); // base64url: "_" repeated
    const key = formatAccessKey(id, secret);
    expect(key.endsWith('_'.repeat(42) + '8')).toBe(true);
    expect(parseAccessKey(key)?.secret.equals(secret)).toBe(true);
  });

  it.each([
    ['an empty string', ''],
    ['another prefix', 'sakti_0f8fad5bd9cb469fa16570867728950e_' + 'A'.repeat(43)],
    ['an id with dashes', 'saksi_0f8fad5b-d9cb-469f-a165-70867728950e_' + 'A'.repeat(43)],
    ['an uppercase id', 'saksi_0F8FAD5BD9CB469FA16570867728950E_' + 'A'.repeat(43)],
    ['a short secret', 'saksi_0f8fad5bd9cb469fa16570867728950e_' + 'A'.repeat(42)],
    ['a long secret', 'saksi_0f8fad5bd9cb469fa16570867728950e_' + 'A'.repeat(44)],
    ['standard base64 characters', 'saksi_0f8fad5bd9cb469fa16570867728950e_' + '+'.repeat(43)],
    ['surrounding spaces', ' saksi_0f8fad5bd9cb469fa16570867728950e_' + 'A'.repeat(43)],
    // The last of 43 characters carries 2 unused bits: "B" sets one, so no key we issue ends in it.
    ['a non-canonical last character', 'saksi_0f8fad5bd9cb469fa16570867728950e_' + 'A'.repeat(42) + 'B'],
  ])('refuses %s', (_what, text) => {
    expect(parseAccessKey(text)).toBeUndefined();
  });

  it('refuses to format an id that is not a lowercase UUID or a secret of the wrong size', () => {
    expect(() => formatAccessKey('not-a-uuid', randomBytes(32))).toThrow(/UUID/);
    expect(() => formatAccessKey(randomUUID(), randomBytes(16))).toThrow(/32 bytes/);
  });
});
