import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openStorage, type Storage } from '@saksi/database';
import {
  type CheckpointStore,
  EVENT_STORE_SCHEMA,
  PostgresCheckpointStore,
  PostgresEventStore,
} from '@saksi/event-store';
import {
  createTestDatabase,
  createTestTopic,
  ensureKafkaBroker,
  readCloudEvent,
  type TestDatabase,
  type TestTopic,
  waitUntil,
} from '@saksi/testing';
import type { Consumer, Kafka } from 'kafkajs';
import { KafkaRelay } from './kafka-relay.js';
import { hmacPseudonymiser } from './pseudonymiser.js';

const NIK = '1101014507800001';

interface Seen {
  id: string;
  position: number;
  key: string;
  raw: string;
}

describe('the Kafka relay, on a real broker', () => {
  let database: TestDatabase;
  let storage: Storage;
  let store: PostgresEventStore;
  let checkpoints: PostgresCheckpointStore;
  let kafka: Kafka;
  let testTopic: TestTopic;
  let topic: string;
  let consumer: Consumer;
  const seen: Seen[] = [];
  const pseudonymise = hmacPseudonymiser(randomBytes(32).toString('hex'));

  beforeAll(async () => {
    kafka = ensureKafkaBroker();
    testTopic = await createTestTopic(kafka, 'relay');
    topic = testTopic.name;
    consumer = kafka.consumer({ groupId: `${topic}-reader` });
    database = await createTestDatabase('relay');
    storage = await openStorage({ mode: 'postgres', url: database.url }, EVENT_STORE_SCHEMA);
    store = new PostgresEventStore(storage.dataSource);
    checkpoints = new PostgresCheckpointStore(storage.dataSource);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: ({ message }) => {
        const { event, key, raw } = readCloudEvent(message);
        seen.push({ id: event['id']!, position: Number(event['saksiposition']), key, raw });
        return Promise.resolve();
      },
    });
  }, 300_000);

  afterAll(async () => {
    await consumer?.disconnect();
    await testTopic?.drop();
    await storage?.close();
    await database?.drop();
  });

  async function appendSome(count: number, offset: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const stream = `kpm-r${(offset + i) % 5}`;
      const version = await store.streamVersion(stream);
      const type = version === 0 ? 'beneficiary.registered' : 'payment.paid';
      const data =
        version === 0
          ? {
              kpmId: stream,
              villageCode: '11.01.01.2001',
              head: { name: 'Siti Aminah', nik: NIK, sex: 'F', birthDate: '1980-07-05' },
              members: [],
              sourceList: 'P3KE',
              otherAid: [],
            }
          : {
              kpmId: stream,
              paymentId: `p${offset + i}`,
              period: '2024-03',
              amount: 300_000,
              channel: 'cash',
              reference: 'r',
              paidOn: '2024-03-15',
            };
      const result = await store.append(
        stream,
        [
          {
            type,
            schemaVersion: type === 'payment.paid' ? 1 : 2,
            data,
            metadata: { actor: 'test', source: 'jest' },
            occurredAt: new Date(),
          },
        ],
        version,
      );
      ids.push(result.events[0]!.eventId);
    }
    return ids;
  }

  it('publishes every committed event as a CloudEvent, in log order per stream, with no personal data in clear', async () => {
    const ids = await appendSome(30, 0);
    const relay = await new KafkaRelay(
      store,
      checkpoints,
      kafka.producer({ idempotent: true, maxInFlightRequests: 1 }),
      pseudonymise,
      {
        topic,
        source: '/saksi/test',
        batchSize: 7,
        idleWaitMs: 20,
      },
    ).start();
    await waitUntil(() => ids.every((id) => seen.some((message) => message.id === id)), 'all 30 events');
    await relay.stop();

    expect(new Set(seen.map((message) => message.id))).toEqual(new Set(ids));
    for (const key of new Set(seen.map((message) => message.key))) {
      const positions = seen.filter((message) => message.key === key).map((message) => message.position);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
    for (const message of seen) {
      expect(message.raw).not.toContain(NIK);
      expect(message.raw).not.toContain('Aminah');
    }
  }, 120_000);

  it('resumes after a crash between publishing and saving its position: nothing skipped, only that batch again', async () => {
    const before = seen.length;
    const ids = await appendSome(12, 100);
    let failOnce = true;
    const crashing: CheckpointStore = {
      load: (name) => checkpoints.load(name),
      save: async (name, position) => {
        if (failOnce) {
          failOnce = false;
          throw new Error('crash after the broker acknowledged, before the position was saved');
        }
        await checkpoints.save(name, position);
      },
    };
    const relay = await new KafkaRelay(
      store,
      crashing,
      kafka.producer({ idempotent: true, maxInFlightRequests: 1 }),
      pseudonymise,
      {
        topic,
        source: '/saksi/test',
        batchSize: 5,
        idleWaitMs: 20,
      },
    ).start();
    await relay.waitFor((await store.head()).position, 60_000);
    await waitUntil(
      () => ids.every((id) => seen.some((message) => message.id === id)),
      'every one of the 12 new events',
    );
    await relay.stop();

    const fresh = seen.slice(before);
    expect(new Set(fresh.map((message) => message.id))).toEqual(new Set(ids));
    const duplicates = fresh.length - new Set(fresh.map((message) => message.id)).size;
    expect(duplicates).toBeLessThanOrEqual(5); // at most the one batch whose position was lost
  }, 120_000);
});
