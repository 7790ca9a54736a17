import { describe, expect, it } from '@jest/globals';
import { validate, version } from 'uuid';
import { idempotentEventIds } from './idempotent-event-ids.js';

const SCOPE = 'operator-key-1\nPOST /api/v1/beneficiaries';

describe('idempotent event ids', () => {
  it('derives the same ids from the same scope and key every time', () => {
    expect(idempotentEventIds(SCOPE, 'retry-me', 3)).toEqual(idempotentEventIds(SCOPE, 'retry-me', 3));
  });

  it('derives the same id as it always has, so retries across an upgrade still match', () => {
    // uuid v5 of "scope\nkey\n0" in Saksi's namespace: a change here changes every derived id.
    expect(idempotentEventIds('scope', 'key', 1)).toEqual(['dd28eff7-4eb9-50ba-94ba-6f872f3fc877']);
  });

  it('yields valid version 5 UUIDs', () => {
    for (const id of idempotentEventIds(SCOPE, 'k', 5)) {
      expect(validate(id)).toBe(true);
      expect(version(id)).toBe(5);
    }
  });

  it('gives every event of a request its own id', () => {
    const ids = idempotentEventIds(SCOPE, 'k', 50);
    expect(new Set(ids).size).toBe(50);
  });

  it('gives different ids for another scope, another key or another position', () => {
    const [base] = idempotentEventIds(SCOPE, 'k', 1);
    expect(idempotentEventIds('operator-key-2\nPOST /api/v1/beneficiaries', 'k', 1)[0]).not.toBe(base);
    expect(idempotentEventIds(SCOPE, 'k2', 1)[0]).not.toBe(base);
    expect(idempotentEventIds(SCOPE, 'k', 2)[1]).not.toBe(base);
  });

  it('keeps the first ids when more events are asked for', () => {
    expect(idempotentEventIds(SCOPE, 'k', 4).slice(0, 2)).toEqual(idempotentEventIds(SCOPE, 'k', 2));
  });

  it('refuses a negative or fractional count and a key with a newline', () => {
    expect(() => idempotentEventIds(SCOPE, 'k', -1)).toThrow(RangeError);
    expect(() => idempotentEventIds(SCOPE, 'k', 1.5)).toThrow(RangeError);
    expect(() => idempotentEventIds(SCOPE, 'a\nb', 1)).toThrow(RangeError);
  });

  it('yields no ids for no events', () => {
    expect(idempotentEventIds(SCOPE, 'k', 0)).toEqual([]);
  });
});
