import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openStorage, type Storage } from '@saksi/database';
import {
  type CheckpointStore,
  EVENT_STORE_SCHEMA,
  PostgresCheckpointStore,
  PostgresEventStore,
} from '@saksi/event-store';
import { createTestDatabase, type TestDatabase } from '@saksi/testing';
import { Kafka as CloudEventsKafka } from 'cloudevents';
import { Kafka, logLevel } from 'kafkajs';
import { KafkaRelay } from './kafka-relay.js';
import { hmacPseudonymiser } from './pseudonymiser.js';

const brokers = [process.env['SAKSI_KAFKA_BROKERS'] ?? '127.0.0.1:9092'];
const kafkaScript = fileURLToPath(new URL('../../../deploy/kafka/kafka.sh', import.meta.url));
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
  const kafka = new Kafka({ clientId: 'saksi-test', brokers, logLevel: logLevel.NOTHING });
  const topic = `saksi-test-${process.env['SAKSI_TEST_RUN'] ?? 'x'}-${randomBytes(3).toString('hex')}`;
  const seen: Seen[] = [];
  const consumer = kafka.consumer({ groupId: `${topic}-reader` });
  const pseudonymise = hmacPseudonymiser(randomBytes(32).toString('hex'));

  beforeAll(async () => {
    // Starts the project's own broker if none answers; fails (never skips) if it cannot.
    execFileSync(kafkaScript, ['start'], { stdio: 'inherit', timeout: 300_000 });
    database = await createTestDatabase('relay');
    storage = await openStorage({ mode: 'postgres', url: database.url }, EVENT_STORE_SCHEMA);
    store = new PostgresEventStore(storage.dataSource);
    checkpoints = new PostgresCheckpointStore(storage.dataSource);
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
    await admin.disconnect();
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: ({ message }) => {
        const headers = Object.fromEntries(
          Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]),
        );
        const value = message.value!.toString();
        const event = CloudEventsKafka.toEvent({
          key: message.key!.toString(),
          value,
          headers,
        } as never) as unknown as Record<string, string>;
        seen.push({
          id: event['id']!,
          position: Number(event['saksiposition']),
          key: message.key!.toString(),
          raw: JSON.stringify(headers) + value,
        });
        return Promise.resolve();
      },
    });
  }, 300_000);

  afterAll(async () => {
    await consumer?.disconnect();
    const admin = kafka.admin();
    await admin
      .connect()
      .then(() => admin.deleteTopics({ topics: [topic] }))
      .catch(() => undefined);
    await admin.disconnect();
    await storage?.close();
    await database?.drop();
  });

  const until = async (condition: () => boolean, what: string) => {
    const deadline = Date.now() + 60_000;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

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
    await until(() => ids.every((id) => seen.some((message) => message.id === id)), 'all 30 events');
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
    await until(
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
