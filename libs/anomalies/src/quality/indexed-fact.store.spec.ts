import { describe, expect, it } from '@jest/globals';
import { InMemoryFactStore } from '../in-memory-fact.store.js';
import { IndexedFactStore } from './indexed-fact.store.js';

describe('indexed fact store', () => {
  it('lists what an InMemoryFactStore lists, for every prefix', async () => {
    const keys = [
      'roster/p/v1/k2',
      'roster/p/v1/k1',
      'roster/p/v2/k3',
      'roster/p_x/v1/k4',
      'held/2024-03-01/s1',
      'held/2024-03-02/s2',
      'raised/CODE:a/b',
      'kpm/k1',
    ];
    const plain = new InMemoryFactStore();
    const indexed = new IndexedFactStore();
    for (const [index, key] of keys.entries()) {
      await plain.put(key, { index });
      await indexed.put(key, { index });
    }
    await indexed.put('kpm/k1', { index: 9 });
    await plain.put('kpm/k1', { index: 9 });
    const prefixes = [
      'roster/',
      'roster/p/',
      'roster/p/v1/',
      'roster/p_',
      'held/2024-03-01/',
      'raised/',
      'kpm/',
      'none/',
      '',
    ];
    for (const prefix of prefixes)
      expect({ prefix, found: await indexed.list(prefix) }).toEqual({
        prefix,
        found: await plain.list(prefix),
      });
  });

  it('keeps the JSON-only values of the store it wraps', async () => {
    await expect(new IndexedFactStore().put('kpm/k1', { on: new Date() })).rejects.toThrow('not plain JSON');
  });
});
