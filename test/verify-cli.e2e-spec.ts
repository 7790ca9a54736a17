import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { openStorage } from '@saksi/database';
import {
  chainHash,
  EVENT_STORE_SCHEMA,
  type LogHead,
  PostgresEventStore,
  type RecordedEvent,
} from '@saksi/event-store';
import { createTestDatabase, type TestDatabase } from '@saksi/testing';
import pg from 'pg';
import { runCli } from './support/saksi-process.js';

/**
 * Tampering "behind the system's back": a superuser connection with triggers switched off
 * (session_replication_role = replica), as someone with the database server would have.
 */
describe('saksi verify', () => {
  const databases: TestDatabase[] = [];
  let database: TestDatabase;
  let head: LogHead;
  let events: RecordedEvent[];

  beforeEach(async () => {
    database = await createTestDatabase('verify');
    databases.push(database);
    const storage = await openStorage({ mode: 'postgres', url: database.url }, EVENT_STORE_SCHEMA);
    try {
      const store = new PostgresEventStore(storage.dataSource);
      for (let i = 1; i <= 12; i++) {
        await store.append(
          `kpm-${i % 4}`,
          [
            {
              type: 'payment.paid',
              schemaVersion: 1,
              data: { amount: 300_000, month: i },
              metadata: { actor: `operator-${i % 2}`, source: 'e2e' },
              occurredAt: new Date(Date.UTC(2024, i - 1, 5)),
            },
          ],
          'any',
        );
      }
      head = await store.head();
      events = await store.readAll();
    } finally {
      await storage.close();
    }
  }, 30_000);

  afterAll(async () => {
    for (const db of databases) await db.drop();
  });

  async function tamper(statements: string[]): Promise<void> {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query('set session_replication_role = replica');
      for (const statement of statements) await client.query(statement);
    } finally {
      await client.end();
    }
  }

  const verify = (...args: string[]) => runCli(['verify', ...args], { DATABASE_URL: database.url });

  it('exits 0 on an untouched log and prints the head position and hash', () => {
    const result = verify();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`head position: ${head.position}`);
    expect(result.stdout).toContain(`head hash:     ${head.hash}`);
    expect(JSON.parse(verify('--json').stdout)).toEqual({ ok: true, head, checked: 12 });
  });

  it('catches an edited event and names its position', async () => {
    await tamper([`update event_log set data = jsonb_set(data, '{amount}', '3000000') where position = 7`]);
    const result = verify();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('TAMPERED at position 7 (hash-mismatch)');
  });

  it('catches a deleted event', async () => {
    await tamper(['delete from event_log where position = 4']);
    const result = verify();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('TAMPERED at position 4 (missing-position)');
  });

  it('catches an event inserted in the middle, with later positions shifted to make room', async () => {
    await tamper([
      'update event_log set position = position + 1000 where position >= 6',
      'update event_log set position = position - 999 where position >= 1000',
      `insert into event_log select 6, gen_random_uuid(), stream_id, 99, type, schema_version,
              '{"amount": 300000, "month": 99}', metadata, occurred_at, recorded_at, hash
         from event_log where position = 5`,
    ]);
    const result = verify();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('TAMPERED at position 6 (hash-mismatch)');
  });

  it('catches an event appended at the end with a borrowed hash', async () => {
    await tamper([
      `insert into event_log select 13, gen_random_uuid(), stream_id, 99, type, schema_version, data, metadata,
              occurred_at, recorded_at, hash from event_log where position = 12`,
    ]);
    const result = verify();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('TAMPERED at position 13 (hash-mismatch)');
  });

  it('catches two events that swapped positions', async () => {
    await tamper([
      'update event_log set position = 1003 where position = 3',
      'update event_log set position = 3 where position = 4',
      'update event_log set position = 4 where position = 1003',
    ]);
    const result = verify();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('TAMPERED at position 3 (hash-mismatch)');
  });

  it('catches a rewrite with every later hash recomputed, against a head published before', async () => {
    const published = `${head.position}:${head.hash}`;
    let previous = events[1]!.hash;
    const statements = [`update event_log set data = '{"amount": 1, "month": 3}' where position = 3`];
    for (const event of events.slice(2)) {
      const { hash: _old, ...unhashed } = event;
      const rewritten = event.position === 3 ? { ...unhashed, data: { amount: 1, month: 3 } } : unhashed;
      previous = chainHash(previous, rewritten);
      statements.push(`update event_log set hash = '\\x${previous}' where position = ${event.position}`);
    }
    await tamper(statements);
    expect(verify().status).toBe(0); // the chain alone is consistent again: the published head is what exposes it
    const result = verify('--expect', published);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`TAMPERED at position ${head.position} (anchor-mismatch)`);
  });

  it('catches events cut off the end, against a head published before', async () => {
    await tamper(['delete from event_log where position > 10']);
    const result = verify('--expect', `${head.position}:${head.hash}`);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('(log-too-short)');
  });

  it('explains a malformed --expect instead of verifying', () => {
    const result = verify('--expect', '12:nothex');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('--expect takes position:hash');
  });

  it('never writes: on a database without a log it says so and creates nothing', async () => {
    const empty = await createTestDatabase('verify_empty');
    databases.push(empty);
    const result = runCli(['verify'], { DATABASE_URL: empty.url });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no Saksi event log in PostgreSQL at');
    const client = new pg.Client({ connectionString: empty.url });
    await client.connect();
    const { rows } = await client.query(
      `select count(*)::int as n from pg_tables where schemaname = 'public'`,
    );
    await client.end();
    expect(rows[0].n).toBe(0);
  });
});
