import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { combineSchemas, openStorage, RUNTIME_ROLE, type Storage } from '@saksi/database';
import { EVENT_STORE_SCHEMA, PostgresCheckpointStore, PostgresEventStore } from '@saksi/event-store';
import { hmacPseudonymiser, KafkaRelay } from '@saksi/relay';
import {
  createTestDatabase,
  createTestTopic,
  ensureKafkaBroker,
  type TestDatabase,
  type TestTopic,
  waitUntil,
} from '@saksi/testing';
import type { Kafka } from 'kafkajs';
import pg from 'pg';
import { CONSUMERS_SCHEMA } from './consumers.schema.js';
import type { DeliveredEvent } from './delivered-event.js';
import type { EventHandler } from './event-handler.port.js';
import { KafkaEventConsumer } from './kafka-event.consumer.js';
import { LogEventConsumer } from './log-event.consumer.js';

/** A handler whose effect is a row per event, so a twice-applied effect would show as a duplicate. */
function recordingHandler(name: string, seen: DeliveredEvent[] = []): EventHandler {
  return {
    name,
    async handle(events, manager) {
      seen.push(...events);
      await manager.query(`insert into test_effect (handler, event_id) select $1, unnest($2::uuid[])`, [
        name,
        events.map((e) => e.eventId),
      ]);
    },
  };
}

describe('consumers: the same handler through Kafka consumer groups and in process', () => {
  let database: TestDatabase;
  let storage: Storage;
  let store: PostgresEventStore;
  let sql: pg.Client;
  let relay: KafkaRelay;
  let kafka: Kafka;
  let testTopic: TestTopic;
  let topic: string;
  const pseudonymise = hmacPseudonymiser(randomBytes(32).toString('hex'));
  const effects = async (handler: string) =>
    (
      await sql.query(
        'select count(*)::int as all, count(distinct event_id)::int as distinct from test_effect where handler = $1',
        [handler],
      )
    ).rows[0] as {
      all: number;
      distinct: number;
    };
  /** True once the group has committed every partition up to its end: nothing is left unconfirmed. */
  const groupCaughtUp = async (groupId: string) => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const ends = await admin.fetchTopicOffsets(topic);
      const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
      return ends.every(
        (end) => committed?.partitions.find((p) => p.partition === end.partition)?.offset === end.high,
      );
    } finally {
      await admin.disconnect();
    }
  };
  beforeAll(async () => {
    kafka = ensureKafkaBroker();
    testTopic = await createTestTopic(kafka, 'consumers');
    topic = testTopic.name;
    database = await createTestDatabase('consumers');
    storage = await openStorage(
      { mode: 'postgres', url: database.url },
      combineSchemas([EVENT_STORE_SCHEMA, CONSUMERS_SCHEMA]),
    );
    store = new PostgresEventStore(storage.dataSource);
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
    await sql.query('create table test_effect (handler text not null, event_id uuid not null)');
    await sql.query(`grant select, insert on test_effect to ${RUNTIME_ROLE}`);
    for (let i = 0; i < 120; i++) {
      await store.append(
        `kpm-c${i % 24}`,
        [
          {
            type: 'payment.paid',
            schemaVersion: 1,
            data: {
              kpmId: `c${i % 24}`,
              paymentId: `p${i}`,
              period: '2024-03',
              amount: 300_000,
              channel: 'cash',
              reference: 'r',
              paidOn: '2024-03-15',
            },
            metadata: { actor: 'test', source: 'jest' },
            occurredAt: new Date(),
          },
        ],
        'any',
      );
    }
    relay = await new KafkaRelay(
      store,
      new PostgresCheckpointStore(storage.dataSource),
      kafka.producer({ idempotent: true, maxInFlightRequests: 1 }),
      pseudonymise,
      {
        topic,
        source: '/saksi/test',
        batchSize: 10,
        idleWaitMs: 20,
      },
    ).start();
    await relay.waitFor(120, 60_000);
  }, 300_000);

  afterAll(async () => {
    await relay?.stop();
    await sql?.end();
    await testTopic?.drop();
    await storage?.close();
    await database?.drop();
  });

  it('hands a dead instance’s partitions to the other: no event lost, no effect applied twice', async () => {
    const name = `group-${randomBytes(3).toString('hex')}`;
    let skippedBySurvivor = 0;
    let crashed = false;
    const dying = await new KafkaEventConsumer(kafka, storage.dataSource, recordingHandler(name), {
      topic,
      restartOnFailure: false,
      // The worst moment: the batch's effects are committed, its offset is not.
      afterApply: (applied) => {
        if (applied.handled > 0 && !crashed) {
          crashed = true;
          return Promise.reject(new Error('planted crash between the effects and the offset commit'));
        }
        return Promise.resolve();
      },
    }).start();
    const survivor = await new KafkaEventConsumer(kafka, storage.dataSource, recordingHandler(name), {
      topic,
      afterApply: (applied) => {
        skippedBySurvivor += applied.skipped;
        return Promise.resolve();
      },
    }).start();
    try {
      // The crashed batch's offset was never committed, so the group catches up only after one
      // instance has consumed that batch again, and recognised it.
      await waitUntil(() => groupCaughtUp(name), 'the group to commit every partition to its end');
      expect(crashed).toBe(true);
      await dying.crashed(); // the instance really died; the survivor now holds every partition
      expect(await effects(name)).toEqual({ all: 120, distinct: 120 });
      // The dead instance's last batch reached the survivor again, which recognised every event in it.
      expect(skippedBySurvivor).toBeGreaterThan(0);
    } finally {
      await survivor.stop();
      await dying.stop().catch(() => undefined);
    }
  }, 180_000);

  it('feeds the same handler the same events in process as through Kafka', async () => {
    const viaKafka: DeliveredEvent[] = [];
    const viaLog: DeliveredEvent[] = [];
    const kafkaName = `kafka-${randomBytes(3).toString('hex')}`;
    const consumer = await new KafkaEventConsumer(
      kafka,
      storage.dataSource,
      recordingHandler(kafkaName, viaKafka),
      { topic },
    ).start();
    const inProcess = await new LogEventConsumer(
      store,
      storage.dataSource,
      recordingHandler(`log-${kafkaName}`, viaLog),
      pseudonymise,
    ).start();
    try {
      await inProcess.waitFor(120);
      await waitUntil(async () => (await effects(kafkaName)).distinct === 120, 'the Kafka consumer');
      const byId = (events: DeliveredEvent[]) => [...events].sort((a, b) => a.position - b.position);
      expect(byId(viaKafka)).toEqual(byId(viaLog));
      expect(await effects(`log-${kafkaName}`)).toEqual({ all: 120, distinct: 120 });
    } finally {
      await consumer.stop();
      await inProcess.stop();
    }
  }, 180_000);
});
