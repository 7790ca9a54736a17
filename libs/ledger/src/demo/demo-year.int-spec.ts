import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadAreaDirectory } from '@saksi/area';
import { openStorage, type Storage } from '@saksi/database';
import { PostgresEventStore, verifyLog } from '@saksi/event-store';
import { createTestDatabase, type TestDatabase } from '@saksi/testing';
import { systemClock } from '../command/clock.port.js';
import { CommandService } from '../command/command.service.js';
import { LEDGER_SCHEMA } from '../ledger.schema.js';
import { recordDemoYear } from './demo-year.js';

describe('saksi demo', () => {
  let database: TestDatabase;
  let storage: Storage;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase('demo');
    storage = await openStorage({ mode: 'postgres', url: database.url }, LEDGER_SCHEMA);
    store = new PostgresEventStore(storage.dataSource);
  });

  afterAll(async () => {
    await storage?.close();
    await database?.drop();
  });

  it('records a programme year for real villages of one regency, through the deciders, in a log that verifies', async () => {
    const areas = await loadAreaDirectory();
    const summary = await recordDemoYear(store, new CommandService(store, systemClock), areas, {
      regencyCode: '11.01',
      villages: 2,
      seed: 7,
    });
    expect(summary).toMatchObject({ regency: '11.01 Kabupaten Aceh Selatan', villages: 2 });
    expect(summary.families).toBeGreaterThanOrEqual(24);
    const head = await store.head();
    expect(head.position).toBe(summary.events);
    const all = await store.readAll({ limit: 10_000 });
    const types = new Set(all.map((event) => event.type));
    for (const type of [
      'programme.created',
      'programme.village-allocation-set',
      'beneficiary.registered',
      'beneficiary.approved',
      'payment.paid',
      'training.scheduled',
      'training.attendance-recorded',
      'training.held',
    ]) {
      expect(types).toContain(type);
    }
    const villages = new Set(
      all
        .filter((e) => e.type === 'beneficiary.registered')
        .map((e) => (e.data as { villageCode: string }).villageCode),
    );
    for (const code of villages) expect(areas.village(code)?.parentCode.startsWith('11.01.')).toBe(true);
    expect((await verifyLog(store)).ok).toBe(true);
  });

  it('refuses to fill a database that already has events', async () => {
    const areas = await loadAreaDirectory();
    await expect(
      recordDemoYear(store, new CommandService(store, systemClock), areas, {
        regencyCode: '11.01',
        villages: 1,
      }),
    ).rejects.toThrow('fills an empty database');
  });
});
