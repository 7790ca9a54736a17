import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { CheckpointStore, EventStore, RecordedEvent } from '@saksi/event-store';
import { hmacPseudonymiser, KafkaRelay, toRelayMessage } from '@saksi/relay';
import { Kafka, logLevel } from 'kafkajs';
import type { Measurement } from './workloads.js';

const kafkaScript = fileURLToPath(new URL('../../../deploy/kafka/kafka.sh', import.meta.url));

/**
 * The relay (log read, CloudEvents mapping, pseudonymisation, idempotent producer, checkpoint)
 * against a bare kafkajs producer sending the same messages, to the same broker: the ratio says what
 * the relay's guarantees cost.
 */
export async function kafkaPublish(
  store: EventStore,
  checkpoints: CheckpointStore,
  events: number,
): Promise<Measurement[]> {
  execFileSync(kafkaScript, ['start'], { stdio: 'ignore', timeout: 300_000 });
  const kafka = new Kafka({
    clientId: 'saksi-bench',
    brokers: [process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092'],
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  const topics = [
    `bench-relay-${randomBytes(3).toString('hex')}`,
    `bench-bare-${randomBytes(3).toString('hex')}`,
  ];
  await admin.createTopics({
    topics: topics.map((topic) => ({ topic, numPartitions: 3 })),
    waitForLeaders: true,
  });
  const pseudonymise = hmacPseudonymiser(randomBytes(32).toString('hex'));
  try {
    const head = (await store.head()).position;
    const from = Math.max(0, head - events);
    await checkpoints.save(`kafka-relay:${topics[0]}`, from);
    let started = process.hrtime.bigint();
    const relay = await new KafkaRelay(
      store,
      checkpoints,
      kafka.producer({ idempotent: true, maxInFlightRequests: 1 }),
      pseudonymise,
      {
        topic: topics[0]!,
        source: '/saksi/bench',
        batchSize: 1000,
        idleWaitMs: 10,
      },
    ).start();
    await relay.waitFor(head, 600_000);
    const relaySeconds = Number(process.hrtime.bigint() - started) / 1e9;
    await relay.stop();

    const messages: ReturnType<typeof toRelayMessage>[] = [];
    for (let after = from; after < head;) {
      const batch: RecordedEvent[] = await store.readAll({ after, limit: 5000 });
      messages.push(...batch.map((event) => toRelayMessage(event, '/saksi/bench', pseudonymise)));
      after = batch.at(-1)!.position;
    }
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    started = process.hrtime.bigint();
    for (let i = 0; i < messages.length; i += 1000) {
      await producer.send({ topic: topics[1]!, acks: -1, messages: messages.slice(i, i + 1000) });
    }
    const bareSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    await producer.disconnect();
    return [
      { workload: 'relay the log to Kafka', events: head - from, seconds: relaySeconds },
      { workload: 'bare kafkajs producer, same messages', events: messages.length, seconds: bareSeconds },
    ];
  } finally {
    await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.disconnect();
  }
}
