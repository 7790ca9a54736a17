import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_SENTINEL_CONFIG } from '@saksi/anomalies';
import { CONSUMERS_SCHEMA, LogEventConsumer } from '@saksi/consumers';
import { combineSchemas, openStorage, type Storage } from '@saksi/database';
import { catalogue } from '@saksi/events';
import { EVENT_STORE_SCHEMA, PostgresEventStore } from '@saksi/event-store';
import { bltDdRules } from '@saksi/programme';
import { hmacPseudonymiser } from '@saksi/relay';
import { createTestDatabase, type TestDatabase } from '@saksi/testing';
import pg from 'pg';
import { alertIdFor } from './alert-id.js';
import { sentinelHandler } from './sentinel.handler.js';
import { SENTINEL_SCHEMA } from './sentinel.schema.js';

const A = '11.01.01.2001';
const B = '11.01.02.2001';
const day = new Date(Date.now() - 86_400_000);
const year = day.getUTCFullYear();
const period = day.toISOString().slice(0, 7);
const today = day.toISOString().slice(0, 10);

/** A few programme actions recorded yesterday, with two anomalies planted. */
function scenario(): { streamId: string; type: string; data: object; actor: string }[] {
  const head = (nik: string) => ({ name: 'Warga Uji', nik, sex: 'F', birthDate: '1980-07-05' });
  const registration = (kpmId: string, village: string, nik: string) => ({
    streamId: `kpm-${kpmId}`,
    type: 'beneficiary.registered',
    data: {
      kpmId,
      programmeId: 'p',
      villageCode: village,
      head: head(nik),
      members: [],
      sourceList: 'P3KE',
      otherAid: [],
    },
    actor: 'operator-a',
  });
  const paid = (kpmId: string) => ({
    streamId: `kpm-${kpmId}`,
    type: 'payment.paid',
    data: {
      kpmId,
      paymentId: `${kpmId}-${period}`,
      period,
      amount: 300_000,
      channel: 'cash',
      reference: `KW-${kpmId}`,
      paidOn: today,
    },
    actor: 'operator-a',
  });
  return [
    {
      streamId: 'programme-p',
      type: 'programme.created',
      data: { programmeId: 'p', kind: 'BLT-DD', name: 'BLT', year, rules: bltDdRules(2024) },
      actor: 'admin',
    },
    {
      streamId: 'programme-p',
      type: 'programme.village-allocation-set',
      data: { programmeId: 'p', villageCode: A, year, danaDesa: 1_000_000_000, allocation: 200_000_000 },
      actor: 'admin',
    },
    registration('k1', A, '1101014507800001'),
    {
      streamId: 'kpm-k1',
      type: 'beneficiary.approved',
      data: { kpmId: 'k1', musdesRef: 'BA/1' },
      actor: 'operator-b',
    },
    paid('k1'),
    // Planted: paid without an approval.
    registration('k2', A, '1101014507800002'),
    paid('k2'),
    // Planted: k1's NIK again, in another village.
    registration('k3', B, '1101014507800001'),
  ];
}

describe('the sentinel as a log consumer, on real PostgreSQL', () => {
  let database: TestDatabase;
  let storage: Storage;
  let store: PostgresEventStore;
  const pseudonymise = hmacPseudonymiser(randomBytes(32).toString('hex'));
  const alertEvents = async () =>
    storage.dataSource.query<
      { event_id: string; data: { ruleCode: string; alertKey: string; evidence: number[] } }[]
    >("select event_id, data from event_log where type = 'alert.raised' order by position");
  const runSentinel = async () => {
    const consumer = await new LogEventConsumer(
      store,
      storage.dataSource,
      sentinelHandler(store, DEFAULT_SENTINEL_CONFIG),
      pseudonymise,
    ).start();
    const head = (await store.head()).position;
    await consumer.waitFor(head);
    await consumer.stop();
  };

  beforeAll(async () => {
    database = await createTestDatabase('sentinel');
    storage = await openStorage(
      { mode: 'postgres', url: database.url },
      combineSchemas([EVENT_STORE_SCHEMA, CONSUMERS_SCHEMA, SENTINEL_SCHEMA]),
    );
    store = new PostgresEventStore(storage.dataSource);
    for (const { streamId, type, data, actor } of scenario())
      await store.append(
        streamId,
        [
          {
            type,
            schemaVersion: catalogue.currentVersion(type),
            data: catalogue.validate({ type, data }).data,
            metadata: { actor, source: 'test' },
            occurredAt: day,
          },
        ],
        'any',
      );
    await runSentinel();
  });

  afterAll(async () => {
    await storage?.close();
    await database?.drop();
  });

  it('raises each planted anomaly as alert.raised in the log, with the positions behind it, and nothing on the clean family', async () => {
    const alerts = await alertEvents();
    const rules = alerts.map((alert) => alert.data.ruleCode).sort();
    expect(rules).toEqual(['NIK.DUPLICATE_IN_PROGRAMME', 'NIK.MULTIPLE_VILLAGES', 'PAYMENT.NOT_APPROVED']);
    for (const alert of alerts) expect(alert.event_id).toBe(alertIdFor(alert.data.alertKey));
    const notApproved = alerts.find((alert) => alert.data.ruleCode === 'PAYMENT.NOT_APPROVED')!;
    const [paidK2] = await storage.dataSource.query<{ position: string }[]>(
      "select position from event_log where stream_id = 'kpm-k2' and type = 'payment.paid'",
    );
    expect(notApproved.data.evidence).toContain(Number(paidK2!.position));
    expect(JSON.stringify(alerts)).not.toMatch(/Warga|1101014507800001/);
  });

  it('raises nothing twice when the whole log is judged again from scratch', async () => {
    const before = await alertEvents();
    // As an operator would, to rebuild the sentinel's memory: as the database owner.
    const owner = new pg.Client({ connectionString: database.url });
    await owner.connect();
    await owner.query(`delete from sentinel_fact;
      delete from consumer_handled_event where consumer = 'sentinel';
      delete from consumer_position where consumer = 'sentinel'`);
    await owner.end();
    await runSentinel();
    expect(await alertEvents()).toEqual(before);
  });
});
