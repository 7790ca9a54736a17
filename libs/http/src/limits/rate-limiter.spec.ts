import { describe, expect, it } from '@jest/globals';
import { RateLimiter } from './rate-limiter.js';

describe('rate limiter', () => {
  it('allows a number of actions per key in a sliding window, then refuses until the oldest leaves it', () => {
    const limiter = new RateLimiter(2, 600_000);
    expect([limiter.take('a', 0), limiter.take('a', 1_000), limiter.take('a', 2_000)]).toEqual([
      true,
      true,
      false,
    ]);
    expect(limiter.take('b', 2_000)).toBe(true);
    expect(limiter.take('a', 599_999)).toBe(false);
    expect(limiter.take('a', 600_000)).toBe(true);
  });

  it('forgets the longest-quiet keys beyond its size, so memory stays bounded', () => {
    const limiter = new RateLimiter(1, 600_000, 2);
    limiter.take('a', 0);
    limiter.take('b', 1);
    limiter.take('c', 2);
    expect(limiter.take('a', 3)).toBe(true);
    expect(limiter.take('c', 4)).toBe(false);
  });

  it('says how long until the next action fits', () => {
    const limiter = new RateLimiter(2, 60_000);
    expect(limiter.retryAfterMs('a', 0)).toBe(0);
    limiter.take('a', 0);
    limiter.take('a', 10_000);
    expect(limiter.retryAfterMs('a', 15_000)).toBe(45_000);
    expect(limiter.retryAfterMs('a', 60_000)).toBe(0);
    expect(limiter.take('a', 60_000)).toBe(true);
    expect(limiter.retryAfterMs('a', 60_000)).toBe(10_000);
  });

  it('keeps counting exactly through many windows with a large limit', () => {
    const limiter = new RateLimiter(1_000, 1_000);
    let allowed = 0;
    // 10 actions a millisecond for 5 s: at most 1,000 in any second, so 5,000 in all.
    for (let now = 0; now < 5_000; now++) for (let i = 0; i < 10; i++) if (limiter.take('a', now)) allowed++;
    expect(allowed).toBe(5_000);
  });
});
