import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { combineSchemas, openStorage, type Storage } from '@saksi/database';
import { EVENT_STORE_SCHEMA, PostgresCheckpointStore, PostgresEventStore } from '@saksi/event-store';
import { eraseFamily, familyEvents, PRIVACY_SCHEMA, sealPersonalData } from '@saksi/privacy';
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

const { FAMILY_NIK, SECRETS, registration } = familyEvents;
/** Nothing sealed, and nothing of the family in clear. */
const UNTREATED = new RegExp(['pd1:', ...SECRETS].join('|'));

interface Seen {
  topic: string;
  type: string;
  subject: string;
  data: { head?: Record<string, unknown> };
  raw: string;
}

/**
 * The relay over a log whose personal data is sealed: it opens before it treats, so Kafka carries
 * initials and tokens (never ciphertext, never clear data), and once a family is erased a relay of
 * the log carries nothing of its personal data at all.
 */
describe('the Kafka relay over sealed personal data', () => {
  let database: TestDatabase;
  let storage: Storage;
  let store: PostgresEventStore;
  let kafka: Kafka;
  let topics: TestTopic[];
  let consumer: Consumer;
  const seen: Seen[] = [];
  const pseudonymise = hmacPseudonymiser(randomBytes(32).toString('hex'));

  async function relayAll(topic: string): Promise<Seen[]> {
    const head = (await store.head()).position;
    const relay = await new KafkaRelay(
      store,
      new PostgresCheckpointStore(storage.dataSource),
      kafka.producer({ idempotent: true, maxInFlightRequests: 1 }),
      pseudonymise,
      { topic, source: '/saksi/test', idleWaitMs: 20 },
    ).start();
    await relay.waitFor(head, 60_000);
    await relay.stop();
    await waitUntil(
      () => Promise.resolve(seen.filter((m) => m.topic === topic).length === head),
      `${head} messages on ${topic}`,
    );
    return seen.filter((m) => m.topic === topic);
  }

  beforeAll(async () => {
    kafka = ensureKafkaBroker();
    topics = [await createTestTopic(kafka, 'sealed-before'), await createTestTopic(kafka, 'sealed-after')];
    database = await createTestDatabase('sealed_relay');
    storage = await openStorage(
      { mode: 'postgres', url: database.url },
      combineSchemas([EVENT_STORE_SCHEMA, PRIVACY_SCHEMA]),
    );
    await sealPersonalData(storage.dataSource, randomBytes(32));
    store = new PostgresEventStore(storage.dataSource);
    consumer = kafka.consumer({ groupId: `${topics[0]!.name}-reader` });
    await consumer.connect();
    for (const topic of topics) await consumer.subscribe({ topic: topic.name, fromBeginning: true });
    await consumer.run({
      eachMessage: ({ topic, message }) => {
        const { event, raw } = readCloudEvent(message);
        seen.push({
          topic,
          type: event['type']!,
          subject: event['subject']!,
          data: event['data'] as unknown as Seen['data'],
          raw,
        });
        return Promise.resolve();
      },
    });
  }, 300_000);

  afterAll(async () => {
    await consumer?.disconnect();
    for (const topic of topics ?? []) await topic.drop();
    await storage?.close();
    await database?.drop();
  });

  it('publishes initials and NIK tokens opened from the sealed log, never ciphertext', async () => {
    for (const kpmId of ['kpm-1', 'kpm-2'])
      await store.append(`kpm-${kpmId}`, [registration(kpmId)], 'no-stream');
    const messages = await relayAll(topics[0]!.name);
    expect(messages.map((m) => m.data.head)).toEqual([
      {
        name: 'S. A.',
        nik: pseudonymise(FAMILY_NIK),
        nikMasked: '320101******0001',
        sex: 'F',
        birthDate: '1980',
      },
      {
        name: 'S. A.',
        nik: pseudonymise(FAMILY_NIK),
        nikMasked: '320101******0001',
        sex: 'F',
        birthDate: '1980',
      },
    ]);
    for (const { raw } of messages) expect(raw).not.toMatch(UNTREATED);
  });

  it("carries nothing of an erased family's personal data when the log is relayed again", async () => {
    await eraseFamily(store, storage.dataSource, {
      kpmId: 'kpm-1',
      reason: 'court order',
      actor: 'admin',
      source: 'jest',
    });
    const messages = await relayAll(topics[1]!.name);
    // The two families' streams may sit on different partitions: order across them is the broker's.
    const registered = messages
      .filter((m) => m.type === 'beneficiary.registered')
      .sort((a, b) => a.subject.localeCompare(b.subject));
    expect(registered.map((m) => [m.subject, m.data.head])).toEqual([
      ['kpm-kpm-1', { sex: 'F' }],
      [
        'kpm-kpm-2',
        {
          name: 'S. A.',
          nik: pseudonymise(FAMILY_NIK),
          nikMasked: '320101******0001',
          sex: 'F',
          birthDate: '1980',
        },
      ],
    ]);
    expect(messages.filter((m) => m.type === 'personal-data.erased').map((m) => m.subject)).toEqual([
      'kpm-kpm-1',
    ]);
    for (const { raw } of messages) expect(raw).not.toMatch(UNTREATED);
  });
});
