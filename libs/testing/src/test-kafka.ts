import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Kafka, logLevel } from 'kafkajs';

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
