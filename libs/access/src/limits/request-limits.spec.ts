import { describe, expect, it } from '@jest/globals';
import { LimitExceeded } from '@saksi/http';
import type { Actor } from '../actor.js';
import type { AccessKeyService } from '../access-key.service.js';
import { RequestLimits } from './request-limits.js';

const GOOD = 'good-key';
const admin: Actor = { id: 'k1', role: 'admin', villages: [] };

/** The key service as the limits use it: one good key, remembered once it has been verified. */
function keyService() {
  const verified = new Set<string>();
  let checks = 0;
  const keys = {
    authenticate: (key: string) => {
      checks++;
      if (key !== GOOD) return Promise.resolve(undefined);
      verified.add(key);
      return Promise.resolve(admin);
    },
    verifiedBefore: (key: string) => (verified.has(key) ? admin : undefined),
  };
  return { keys: keys as unknown as AccessKeyService, checks: () => checks };
}

function limits(clock: { now: number }, service = keyService()) {
  return new RequestLimits(
    service.keys,
    {
      publicRequests: { limit: 3, windowMs: 60_000 },
      failedKeys: { limit: 2, windowMs: 600_000 },
      importBytes: 1,
    },
    () => clock.now,
  );
}

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as LimitExceeded).problem;
  }
  return undefined;
};

describe('request limits per client address', () => {
  it('serve a number of anonymous requests per window, then answer 429 with when to come back', () => {
    const clock = { now: 0 };
    const subject = limits(clock);
    for (let i = 0; i < 3; i++) subject.countAnonymous('198.51.100.1');
    clock.now = 20_000;
    expect(refusal(() => subject.countAnonymous('198.51.100.1'))).toMatchObject({
      status: 429,
      code: 'RATE_LIMIT.PUBLIC',
      headers: { 'Retry-After': '40' },
      params: { retryAfterSeconds: 40 },
    });
    // Another address has its own budget; the first has its back once the window has passed.
    expect(refusal(() => subject.countAnonymous('198.51.100.2'))).toBeUndefined();
    clock.now = 60_000;
    expect(refusal(() => subject.countAnonymous('198.51.100.1'))).toBeUndefined();
  });

  it('count refused keys, and stop checking keys from an address that has used up its refusals', async () => {
    const clock = { now: 0 };
    const service = keyService();
    const subject = limits(clock, service);
    expect(await subject.authenticate('wrong-1', '203.0.113.9')).toBeUndefined();
    expect(await subject.authenticate('wrong-2', '203.0.113.9')).toBeUndefined();
    await expect(subject.authenticate(GOOD, '203.0.113.9')).rejects.toBeInstanceOf(LimitExceeded);
    await expect(subject.authenticate('wrong-3', '203.0.113.9')).rejects.toMatchObject({
      problem: { status: 429, code: 'RATE_LIMIT.FAILED_KEYS', headers: { 'Retry-After': '600' } },
    });
    // Refused without a check: guessing costs the server nothing more.
    expect(service.checks()).toBe(2);
    expect(subject.mayTryKey(GOOD, '203.0.113.9')).toBe(false);
    clock.now = 600_000;
    expect(await subject.authenticate(GOOD, '203.0.113.9')).toEqual(admin);
  });

  it('let a key verified before through an address that is over its limit', async () => {
    const clock = { now: 0 };
    const subject = limits(clock);
    await subject.authenticate(GOOD, '203.0.113.10');
    subject.keyRefused('203.0.113.10');
    subject.keyRefused('203.0.113.10');
    expect(subject.mayTryKey(GOOD, '203.0.113.10')).toBe(true);
    expect(await subject.authenticate(GOOD, '203.0.113.10')).toEqual(admin);
    expect(() => subject.assertMayTryKeys('203.0.113.10')).toThrow(LimitExceeded);
  });

  it('are off when their limit is 0', async () => {
    const service = keyService();
    const subject = new RequestLimits(
      service.keys,
      {
        publicRequests: { limit: 0, windowMs: 1000 },
        failedKeys: { limit: 0, windowMs: 1000 },
        importBytes: 1,
      },
      () => 0,
    );
    for (let i = 0; i < 1000; i++) subject.countAnonymous('198.51.100.1');
    for (let i = 0; i < 50; i++)
      expect(await subject.authenticate(`wrong-${i}`, '198.51.100.1')).toBeUndefined();
  });
});
