import { describe, expect, it } from '@jest/globals';
import { InMemoryFactStore } from './in-memory-fact.store.js';

describe('in-memory fact store', () => {
  it('gives back a copy, so a rule cannot change a fact without putting it', async () => {
    const facts = new InMemoryFactStore();
    await facts.put('kpm/kpm-1', { payments: [1] });
    const read = await facts.get<{ payments: number[] }>('kpm/kpm-1');
    read!.payments.push(2);
    expect(await facts.get('kpm/kpm-1')).toEqual({ payments: [1] });
  });

  it('refuses values that jsonb would not keep as they are', async () => {
    const facts = new InMemoryFactStore();
    await expect(facts.put('a', { at: new Date() })).rejects.toThrow('a.at: a Date is not plain JSON data');
    await expect(facts.put('b', new Map())).rejects.toThrow('not plain JSON data');
    await expect(facts.put('c', [1, undefined])).rejects.toThrow('c[1]: a undefined');
    await expect(facts.put('d', { share: Number.NaN })).rejects.toThrow('not a JSON number');
  });

  it('lists one level under a prefix, sorted by key, and nothing that only starts alike', async () => {
    const facts = new InMemoryFactStore();
    await facts.put('roster/p-1/11.01.01.2002/kpm-2', 'kpm-2');
    await facts.put('roster/p-1/11.01.01.2001/kpm-1', 'kpm-1');
    await facts.put('roster/p-10/11.01.01.2001/kpm-3', 'kpm-3');
    expect(await facts.list('roster/p-1/')).toEqual([
      { key: 'roster/p-1/11.01.01.2001/kpm-1', value: 'kpm-1' },
      { key: 'roster/p-1/11.01.01.2002/kpm-2', value: 'kpm-2' },
    ]);
    expect(await facts.get('missing')).toBeUndefined();
  });
});
