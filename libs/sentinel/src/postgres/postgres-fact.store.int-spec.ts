import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { combineSchemas, openStorage, type Storage } from '@saksi/database';
import { EVENT_STORE_SCHEMA } from '@saksi/event-store';
import { createTestDatabase, type TestDatabase } from '@saksi/testing';
import { SENTINEL_SCHEMA } from '../sentinel.schema.js';
import { PostgresFactStore } from './postgres-fact.store.js';

describe('the sentinel facts in PostgreSQL, kept in memory for a batch', () => {
  let database: TestDatabase;
  let storage: Storage;

  beforeAll(async () => {
    database = await createTestDatabase('facts');
    storage = await openStorage(
      { mode: 'postgres', url: database.url },
      combineSchemas([EVENT_STORE_SCHEMA, SENTINEL_SCHEMA]),
      { poolSize: 12 },
    );
  }, 60_000);

  afterAll(async () => {
    await storage?.close();
    await database?.drop();
  });

  const inBatch = <T>(work: (facts: PostgresFactStore) => Promise<T>) =>
    storage.dataSource.transaction(async (manager) => {
      const facts = new PostgresFactStore(manager);
      const result = await work(facts);
      await facts.flush();
      return result;
    });

  it('loses no update when ten batches add to one shared fact at once', async () => {
    await Promise.all(
      Array.from({ length: 10 }, () =>
        inBatch(async (facts) => {
          for (let i = 0; i < 5; i++) {
            const paid = (await facts.get<{ total: number }>('village:paid')) ?? { total: 0 };
            await new Promise((resolve) => setTimeout(resolve, 2));
            await facts.put('village:paid', { total: paid.total + 1 });
          }
        }),
      ),
    );
    expect(await inBatch((facts) => facts.get('village:paid'))).toEqual({ total: 50 });
  });

  it('keeps a value the caller changed but did not put as it was', async () => {
    await inBatch(async (facts) => {
      await facts.put('kpm:1', { months: ['2024-01'] });
      const got = await facts.get<{ months: string[] }>('kpm:1');
      got?.months.push('2024-02');
      expect(await facts.get('kpm:1')).toEqual({ months: ['2024-01'] });
    });
    expect(await inBatch((facts) => facts.get('kpm:1'))).toEqual({ months: ['2024-01'] });
  });

  it('lists what the batch has put but not yet written, sorted by key', async () => {
    const listed = await inBatch(async (facts) => {
      await facts.put('session:b_2', 2);
      await facts.put('session:a_1', 1);
      await facts.put('sessionx:c', 3);
      return facts.list('session:');
    });
    expect(listed).toEqual([
      { key: 'session:a_1', value: 1 },
      { key: 'session:b_2', value: 2 },
    ]);
  });

  it('writes nothing of a batch that fails', async () => {
    await expect(
      inBatch(async (facts) => {
        await facts.put('doomed', true);
        await facts.flush();
        throw new Error('the consumer crashed');
      }),
    ).rejects.toThrow('the consumer crashed');
    expect(await inBatch((facts) => facts.get('doomed'))).toBeUndefined();
  });
});
