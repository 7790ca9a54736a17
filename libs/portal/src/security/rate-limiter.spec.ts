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
});
