import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { combineSchemas, openStorage, storageConfigFromEnv } from '@saksi/database';
import { EVENT_STORE_SCHEMA, PostgresCheckpointStore, PostgresEventStore } from '@saksi/event-store';
import { SaksiMetrics, startOpsServer } from '@saksi/observability';
import { personalDataKey, PRIVACY_SCHEMA, sealPersonalData } from '@saksi/privacy';
import { hmacPseudonymiser, KafkaRelay } from '@saksi/relay';
import { Kafka, logLevel } from 'kafkajs';

/**
 * The relay on its own, for the cluster topology: the committed log from PostgreSQL to Kafka.
 * Configuration comes from the environment only (the pseudonym key and the personal-data key are
 * secrets): the relay opens sealed personal data to treat it, so it needs both.
 */
async function main(): Promise<void> {
  const logger = new Logger('Relay');
  const storage = storageConfigFromEnv();
  if (storage.mode !== 'postgres') throw new Error('The relay reads a PostgreSQL server: set DATABASE_URL.');
  const key = process.env['SAKSI_PSEUDONYM_KEY'];
  if (!key)
    throw new Error(
      'Set SAKSI_PSEUDONYM_KEY (a random secret of 32+ characters): personal data never crosses Kafka in clear.',
    );
  const masterKey = personalDataKey(process.env);
  // The data keys' table too: whichever process starts first on an empty database migrates it.
  const opened = await openStorage(storage, combineSchemas([EVENT_STORE_SCHEMA, PRIVACY_SCHEMA]), {
    applicationName: 'saksi-relay',
  });
  await sealPersonalData(opened.dataSource, masterKey);
  const kafka = new Kafka({
    clientId: 'saksi-relay',
    brokers: (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
    logLevel: logLevel.WARN,
  });
  const topic = process.env['SAKSI_EVENTS_TOPIC'] ?? 'saksi.events';
  const metrics = new SaksiMetrics('saksi-relay');
  await ensureTopic(kafka, topic, Number(process.env['SAKSI_EVENTS_PARTITIONS'] ?? 6));
  const store = new PostgresEventStore(opened.dataSource);
  const relay = await new KafkaRelay(
    store,
    new PostgresCheckpointStore(opened.dataSource),
    kafka.producer({ idempotent: true, maxInFlightRequests: 1 }),
    hmacPseudonymiser(key),
    {
      topic,
      source: process.env['SAKSI_SOURCE'] ?? '/saksi',
      onError: (error) => {
        metrics.errors.inc({ component: 'relay' });
        logger.error(`publishing failed, retrying: ${String(error)}`);
      },
      onPublished: (count) => metrics.eventsPublished.inc(count),
    },
  ).start();
  // Ready when the log answers; the lag tells how far behind the head the relay is.
  const ops = await startOpsServer(
    Number(process.env['PORT'] ?? 3002),
    process.env['HOST'] ?? '127.0.0.1',
    async () => {
      const head = await store.head();
      return {
        ready: true,
        headPosition: head.position,
        relayedPosition: relay.position,
        lag: head.position - relay.position,
      };
    },
    metrics,
  );
  logger.log(
    `Relaying the log to ${topic}; /health and /metrics on port ${(ops.address() as { port: number }).port}`,
  );
  const stop = () => {
    ops.close();
    void relay
      .stop()
      .then(() => opened.close())
      .then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/** The broker does not create topics on its own (a typo must not silently make a new one). */
async function ensureTopic(kafka: Kafka, topic: string, partitions: number): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(topic)) {
      await admin.createTopics({ topics: [{ topic, numPartitions: partitions }], waitForLeaders: true });
    }
  } finally {
    await admin.disconnect();
  }
}

main().catch((error: unknown) => {
  console.error('The relay could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
