import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { isSealedValue } from '@saksi/events';
import { fieldKeys, newDataKey } from './data-key.js';
import { openField, sealField, subjectOfSealed } from './field-seal.js';

const family = fieldKeys('kpm:kpm-1', newDataKey());
const place = { eventId: '0193a1b2-0000-7000-8000-000000000001', path: 'head.nik' };

describe('sealing a personal field', () => {
  it('gives back exactly what was sealed, whatever its JSON value', () => {
    for (const value of ['1101014507800001', 'Siti Aminah', 'Dewi Ṣaraswati 🌾', '', null, 42, ['a']]) {
      const sealed = sealField(family, place, value);
      expect(openField(family, place, sealed)).toEqual(value);
    }
  });

  it('hides the value: no clear text, a recognisable sealed form naming its subject', () => {
    const sealed = sealField(family, place, '1101014507800001');
    expect(sealed).not.toContain('1101014507800001');
    expect(sealed).toMatch(/^pd1:kpm:kpm-1:[A-Za-z0-9_-]+$/);
    expect(isSealedValue(sealed)).toBe(true);
    expect(subjectOfSealed(sealed)).toBe('kpm:kpm-1');
    expect(subjectOfSealed('1101014507800001')).toBeUndefined();
  });

  it('seals the same event the same way, so a retried append is recognised as the same content', () => {
    expect(sealField(family, place, 'Siti Aminah')).toBe(sealField(family, place, 'Siti Aminah'));
  });

  it('seals differently in another event, another field or with another value', () => {
    const sealed = new Set([
      sealField(family, place, 'Siti Aminah'),
      sealField(family, { ...place, eventId: '0193a1b2-0000-7000-8000-000000000002' }, 'Siti Aminah'),
      sealField(family, { ...place, path: 'head.name' }, 'Siti Aminah'),
      sealField(family, place, 'Siti Aminah '),
      sealField(fieldKeys('kpm:kpm-1', newDataKey()), place, 'Siti Aminah'),
    ]);
    expect(sealed.size).toBe(5);
  });

  it('refuses to open with another key, in another place, or for another subject', () => {
    const sealed = sealField(family, place, '1101014507800001');
    expect(() => openField(fieldKeys('kpm:kpm-1', randomBytes(32)), place, sealed)).toThrow();
    expect(() => openField(family, { ...place, path: 'kkNumber' }, sealed)).toThrow();
    expect(() =>
      openField(family, { ...place, eventId: '0193a1b2-0000-7000-8000-00000000000f' }, sealed),
    ).toThrow();
    const sameKeyOtherSubject = { ...family, subject: 'kpm:kpm-2' };
    expect(() => openField(sameKeyOtherSubject, place, sealed)).toThrow('does not belong to kpm:kpm-2');
  });

  it('refuses a sealed value whose bytes were changed', () => {
    const sealed = sealField(family, place, '1101014507800001');
    // A character in the middle of the ciphertext (the last one may carry only padding bits).
    const at = sealed.length - 10;
    const changed = `${sealed.slice(0, at)}${sealed[at] === 'A' ? 'B' : 'A'}${sealed.slice(at + 1)}`;
    expect(() => openField(family, place, changed)).toThrow();
  });
});
