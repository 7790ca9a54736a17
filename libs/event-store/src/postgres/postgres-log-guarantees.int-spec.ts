import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openStorage, type Storage } from '@saksi/database';
import { createTestDatabase, type TestDatabase } from '@saksi/testing';
import pg from 'pg';
import type { RecordedEvent } from '../event.js';
import { EVENT_STORE_SCHEMA } from '../event-store.schema.js';
import { CatchUpSubscription } from '../subscription/catch-up-subscription.js';
import { sampleEvent, withId } from '../testing/sample-events.js';
import type { AppendResult } from '../append-result.js';
import { EventIdReused, StreamVersionConflict } from '../event-store.errors.js';
import { verifyLog } from '../verification/verify-log.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { RUNTIME_ROLE } from '@saksi/database';

describe('the event log on a PostgreSQL server', () => {
  let database: TestDatabase;
  let storage: Storage;
  let store: PostgresEventStore;
  let sql: pg.Client; // a plain superuser connection, as an operator with a SQL console would have

  beforeAll(async () => {
    database = await createTestDatabase('guarantees');
    storage = await openStorage({ mode: 'postgres', url: database.url }, EVENT_STORE_SCHEMA, {
      poolSize: 24,
    });
    store = new PostgresEventStore(storage.dataSource);
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
    await store.append('kpm-seed', [sampleEvent(), sampleEvent(), sampleEvent()], 'no-stream');
  }, 60_000);

  afterAll(async () => {
    await sql?.end();
    await storage?.close();
    await database?.drop();
  });

  const count = async () => Number((await sql.query('select count(*) from event_log')).rows[0].count);

  it('works as the least-privileged writer role, not as the login user', async () => {
    const [row] = await storage.dataSource.query('select current_user');
    expect(row.current_user).toBe(RUNTIME_ROLE);
  });

  describe('refuses to change history', () => {
    it.each([
      ['UPDATE', `update event_log set data = '{"forged": true}' where position = 1`],
      ['DELETE', 'delete from event_log where position = 1'],
      ['TRUNCATE', 'truncate event_log'],
    ])('%s by the table owner is stopped by a trigger', async (operation, statement) => {
      const before = await count();
      await expect(sql.query(statement)).rejects.toThrow(
        `the event log is append-only: ${operation} is refused`,
      );
      expect(await count()).toBe(before);
      expect((await verifyLog(store)).ok).toBe(true);
    });

    it.each([
      ['UPDATE', `update event_log set data = '{"forged": true}' where position = 1`],
      ['DELETE', 'delete from event_log where position = 1'],
      ['TRUNCATE', 'truncate event_log'],
    ])('%s by the writer role is refused by privileges', async (_operation, statement) => {
      const before = await count();
      await sql.query(`set role ${RUNTIME_ROLE}`);
      try {
        await expect(sql.query(statement)).rejects.toThrow('permission denied for table event_log');
      } finally {
        await sql.query('reset role');
      }
      expect(await count()).toBe(before);
    });

    it('refuses an insert that does not follow the head, so positions stay gap-free', async () => {
      const head = await store.head();
      await expect(
        sql.query(
          `insert into event_log select position + 2, gen_random_uuid(), 'x', 1, type, schema_version, data, metadata,
                  occurred_at, recorded_at, hash from event_log where position = $1`,
          [head.position],
        ),
      ).rejects.toThrow(`event_log position ${head.position + 2} does not follow the head ${head.position}`);
    });
  });

  it('commits all events of an append or none, even when the database fails mid-batch', async () => {
    // A trigger planted by the test makes PostgreSQL itself fail on the third row of the batch.
    await sql.query(`create function explode() returns trigger language plpgsql as $$
      begin if new.data ? 'explode' then raise exception 'planted failure'; end if; return new; end $$`);
    await sql.query(
      'create trigger explode before insert on event_log for each row execute function explode()',
    );
    try {
      const head = await store.head();
      const batch = [sampleEvent(), sampleEvent(), sampleEvent({ data: { explode: true } }), sampleEvent()];
      await expect(store.append('kpm-atomic', batch, 'no-stream')).rejects.toThrow('planted failure');
      expect(await store.head()).toEqual(head);
      expect(await store.readStream('kpm-atomic')).toEqual([]);
    } finally {
      await sql.query('drop trigger explode on event_log; drop function explode()');
    }
    const after = await store.append('kpm-atomic', [sampleEvent()], 'no-stream');
    expect(after.nextExpectedVersion).toBe(1);
  });

  it('delivers every event exactly once, in order, to a reader running beside 16 writers with slow commits', async () => {
    // Planted delay after each insert holds some transactions open longer than others: a reader
    // ordering on a plain sequence would pass over a position that commits after a later one.
    await sql.query(`create function slow_commit() returns trigger language plpgsql as $$
      begin if random() < 0.3 then perform pg_sleep(random() * 0.01); end if; return null; end $$`);
    await sql.query(
      'create trigger slow_commit after insert on event_log for each row execute function slow_commit()',
    );
    // Three stores stand for three ledger processes: each groups its own appends, so the race
    // between transactions that this test is about happens between the stores.
    const others = await Promise.all(
      [1, 2].map(() => openStorage({ mode: 'postgres', url: database.url }, EVENT_STORE_SCHEMA)),
    );
    const stores = [store, ...others.map((other) => new PostgresEventStore(other.dataSource))];
    const start = (await store.head()).position;
    const delivered: RecordedEvent[] = [];
    const reader = new CatchUpSubscription(
      store,
      (events) => {
        delivered.push(...events);
        return Promise.resolve();
      },
      {
        from: start,
        batchSize: 17,
        idleWaitMs: 1,
      },
    ).start();
    try {
      const writers = 16;
      const appendsPerWriter = 25;
      const results = await Promise.all(
        Array.from({ length: writers }, async (_, writer) => {
          const ids: string[] = [];
          for (let i = 0; i < appendsPerWriter; i++) {
            const size = 1 + ((writer + i) % 3);
            const result = await stores[writer % stores.length]!.append(
              `kpm-w${writer}-${i % 4}`,
              Array.from({ length: size }, () => sampleEvent()),
              'any',
            );
            ids.push(...result.events.map((e) => e.eventId));
          }
          return ids;
        }),
      );
      const appended = results.flat();
      const head = await store.head();
      await reader.waitFor(head.position);

      const positions = delivered.map((e) => e.position);
      expect(positions).toEqual(Array.from({ length: head.position - start }, (_, i) => start + i + 1));
      expect(new Set(delivered.map((e) => e.eventId))).toEqual(new Set(appended));
      expect(delivered).toHaveLength(appended.length);
    } finally {
      await reader.stop();
      await Promise.all(others.map((other) => other.close()));
      await sql.query('drop trigger slow_commit on event_log; drop function slow_commit()');
    }
    expect((await verifyLog(store)).ok).toBe(true);
  }, 60_000);

  it('lets appends that arrive together share one commit, each still checked on its own', async () => {
    await store.append('kpm-group-taken', [sampleEvent()], 'no-stream');
    const before = (await store.head()).position;
    const retried = [withId(), withId()];
    const outcomes = await Promise.allSettled([
      ...Array.from({ length: 40 }, (_, i) => store.append(`kpm-group-${i}`, [sampleEvent()], 'no-stream')),
      store.append('kpm-group-taken', [sampleEvent()], 'no-stream'),
      store.append('kpm-group-retry', retried, 'no-stream'),
      store.append('kpm-group-retry', retried, 'no-stream'),
      store.append('kpm-group-reused', [{ ...retried[0]!, data: { other: true } }], 'any'),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      ...Array<string>(40).fill('fulfilled'),
      'rejected',
      'fulfilled',
      'fulfilled',
      'rejected',
    ]);
    expect((outcomes[40] as PromiseRejectedResult).reason).toBeInstanceOf(StreamVersionConflict);
    expect((outcomes[43] as PromiseRejectedResult).reason).toBeInstanceOf(EventIdReused);
    const retries = outcomes.slice(41, 43) as PromiseFulfilledResult<AppendResult>[];
    expect(retries.map((retry) => retry.value.duplicate).sort()).toEqual([false, true]);

    const { rows } = await sql.query(
      'select count(*)::int as events, count(distinct xmin::text)::int as commits from event_log where position > $1',
      [before],
    );
    // The first append commits alone; the 44 that queued behind it share the next commit.
    expect(rows[0]).toEqual({ events: 42, commits: 2 });
    expect(await store.readStream('kpm-group-retry')).toHaveLength(2);
    expect(await store.streamVersion('kpm-group-taken')).toBe(1);
    expect((await verifyLog(store)).ok).toBe(true);
  });
});
