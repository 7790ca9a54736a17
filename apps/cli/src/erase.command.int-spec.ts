import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { openStorage, type Storage } from '@saksi/database';
import { type LogHead, PostgresEventStore } from '@saksi/event-store';
import { LEDGER_SCHEMA } from '@saksi/ledger';
import { familyEvents, personalDataKey, sealPersonalData } from '@saksi/privacy';
import { createTestDatabase, type TestDatabase } from '@saksi/testing';
import { runErase } from './erase.command.js';
import { runVerify } from './verify.command.js';

/** `saksi erase` and `saksi verify` as the CLI runs them, on a database a ledger wrote with sealed data. */
describe('saksi erase', () => {
  let database: TestDatabase;
  let head: LogHead;
  let registrationId: string;
  const output: string[] = [];
  const previousUrl = process.env['DATABASE_URL'];

  /** A store of this test's own, with the same key as the CLI's (the run's SAKSI_PERSONAL_DATA_KEY). */
  async function withStore<T>(work: (store: PostgresEventStore, storage: Storage) => Promise<T>): Promise<T> {
    const storage = await openStorage({ mode: 'postgres', url: database.url }, LEDGER_SCHEMA);
    try {
      await sealPersonalData(storage.dataSource, personalDataKey(process.env));
      return await work(new PostgresEventStore(storage.dataSource), storage);
    } finally {
      await storage.close();
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase('erase_cli');
    process.env['DATABASE_URL'] = database.url;
    jest.spyOn(console, 'log').mockImplementation((...line: unknown[]) => void output.push(line.join(' ')));
    jest.spyOn(console, 'error').mockImplementation((...line: unknown[]) => void output.push(line.join(' ')));
    await withStore(async (store) => {
      const registered = await store.append('kpm-kpm-1', [familyEvents.registration('kpm-1')], 'no-stream');
      registrationId = registered.events[0]!.eventId;
      head = await store.head();
    });
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    if (previousUrl === undefined) delete process.env['DATABASE_URL'];
    else process.env['DATABASE_URL'] = previousUrl;
    await database?.drop();
  });

  const printed = () => output.splice(0).join('\n');

  it('refuses a missing reason or a malformed KPM id with exit code 2, and changes nothing', async () => {
    expect(await runErase({ kpm: 'kpm-1', reason: '  ' })).toBe(2);
    expect(await runErase({ kpm: 'kpm 1', reason: 'court order' })).toBe(2);
    expect(printed()).toContain('--reason the legal ground');
    expect(await runErase({ kpm: 'kpm-404', reason: 'court order' })).toBe(1);
    expect(printed()).toContain('There is no KPM with the id "kpm-404"');
    expect(await withStore((store) => store.head())).toEqual(head);
  });

  it("erases the family's personal data once, and verify still passes with the head published before", async () => {
    expect(await runErase({ kpm: 'kpm-1', reason: 'court order 12/Pdt.P/2025' })).toBe(0);
    expect(printed()).toMatch(
      /^Erased the personal data of KPM kpm-1 at .+: recorded at position 2 \(.+\) on kpm-kpm-1\.$/,
    );
    const [registration] = await withStore((store) => store.eventsById([registrationId]));
    expect((registration!.data as { head: unknown }).head).toEqual({ sex: 'F' });
    expect(await withStore((store) => store.readStream('kpm-kpm-1'))).toMatchObject([
      {},
      { type: 'personal-data.erased', data: { kpmId: 'kpm-1' }, metadata: { source: 'saksi-cli' } },
    ]);

    expect(await runErase({ kpm: 'kpm-1', reason: 'again' })).toBe(1);
    expect(printed()).toContain('was already erased');
    expect(await runVerify({ expect: [head], json: true, batchSize: 1 })).toBe(0);
    expect(JSON.parse(printed())).toMatchObject({ ok: true, checked: 2 });
  });
});
