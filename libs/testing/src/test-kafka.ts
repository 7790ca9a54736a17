import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Kafka as CloudEventsKafka } from 'cloudevents';
import { Kafka, type KafkaMessage, logLevel } from 'kafkajs';

const kafkaScript = fileURLToPath(new URL('../../../deploy/kafka/kafka.sh', import.meta.url));

/**
 * The project's own broker (deploy/kafka), started if none answers. A test that needs Kafka fails
 * here, never skips, when it cannot be started.
 */
export function ensureKafkaBroker(): Kafka {
  execFileSync(kafkaScript, ['start'], { stdio: 'inherit', timeout: 300_000 });
  return new Kafka({
    clientId: 'saksi-test',
    brokers: [process.env['SAKSI_KAFKA_BROKERS'] ?? '127.0.0.1:9092'],
    logLevel: logLevel.NOTHING,
  });
}

export interface TestTopic {
  name: string;
  drop(): Promise<void>;
}

/** A topic of this test run only, so runs never read each other's messages. */
export async function createTestTopic(kafka: Kafka, label: string, partitions = 3): Promise<TestTopic> {
  const name = `saksi-test-${label}-${process.env['SAKSI_TEST_RUN'] ?? 'x'}-${randomBytes(3).toString('hex')}`;
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: [{ topic: name, numPartitions: partitions }], waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
  return {
    name,
    drop: async () => {
      const cleanup = kafka.admin();
      await cleanup.connect();
      await cleanup.deleteTopics({ topics: [name] }).catch(() => undefined);
      await cleanup.disconnect();
    },
  };
}

export interface ReadCloudEvent {
  /** The CloudEvent's attributes and extensions, as the official SDK reads them. */
  event: Record<string, string>;
  key: string;
  /** Headers and value as they crossed the topic, to search for anything that must not be there. */
  raw: string;
}

/** Decodes a consumed message with the official cloudevents SDK, as any outside consumer would. */
export function readCloudEvent(message: KafkaMessage): ReadCloudEvent {
  const headers = Object.fromEntries(
    Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]),
  );
  const key = message.key?.toString() ?? '';
  const value = message.value?.toString() ?? '';
  const event = CloudEventsKafka.toEvent({ key, value, headers } as never) as unknown as Record<
    string,
    string
  >;
  return { event, key, raw: JSON.stringify(headers) + value };
}
