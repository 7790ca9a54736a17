import { describe, expect, it } from '@jest/globals';
import type { Actor } from './actor.js';
import { VerifiedKeyCache } from './verified-key.cache.js';

const OPERATOR: Actor = {
  id: 'k1',
  role: 'operator',
  villages: ['32.01.01.2001'],
  name: 'operator Sukamaju',
};

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('verified key cache', () => {
  it('answers a verified key until its time runs out', () => {
    const time = clock();
    const cache = new VerifiedKeyCache(60_000, 10, time.now);
    cache.set('d1', 'k1', OPERATOR);
    time.advance(59_999);
    expect(cache.get('d1')).toEqual(OPERATOR);
    time.advance(1);
    expect(cache.get('d1')).toBeUndefined();
  });

  it('keeps nothing when its lifetime is zero', () => {
    const cache = new VerifiedKeyCache(0);
    cache.set('d1', 'k1', OPERATOR);
    expect(cache.get('d1')).toBeUndefined();
  });

  it('forgets every entry of a revoked key', () => {
    const cache = new VerifiedKeyCache(60_000);
    cache.set('d1', 'k1', OPERATOR);
    cache.set('d2', 'k2', { ...OPERATOR, id: 'k2' });
    cache.evictKey('k1');
    expect(cache.get('d1')).toBeUndefined();
    expect(cache.get('d2')?.id).toBe('k2');
  });

  it('makes room by dropping the oldest entry', () => {
    const cache = new VerifiedKeyCache(60_000, 2);
    cache.set('d1', 'k1', OPERATOR);
    cache.set('d2', 'k2', OPERATOR);
    cache.set('d3', 'k3', OPERATOR);
    expect(cache.get('d1')).toBeUndefined();
    expect(cache.get('d3')).toBeDefined();
  });

  it('hands out copies, so a caller changing its actor changes no one else', () => {
    const cache = new VerifiedKeyCache(60_000);
    cache.set('d1', 'k1', OPERATOR);
    cache.get('d1')?.villages.push('99.99.99.9999');
    expect(cache.get('d1')?.villages).toEqual(['32.01.01.2001']);
  });
});
