import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { openStorage, storageConfigFromEnv } from '@saksi/database';
import { EVENT_STORE_SCHEMA, PostgresCheckpointStore, PostgresEventStore } from '@saksi/event-store';
import { hmacPseudonymiser, KafkaRelay } from '@saksi/relay';
import { Kafka, logLevel } from 'kafkajs';

/**
 * The relay on its own, for the cluster topology: the committed log from PostgreSQL to Kafka.
 * Configuration comes from the environment only (the pseudonym key is a secret).
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
  const opened = await openStorage(storage, EVENT_STORE_SCHEMA, { applicationName: 'saksi-relay' });
  const kafka = new Kafka({
    clientId: 'saksi-relay',
    brokers: (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
    logLevel: logLevel.WARN,
  });
  const topic = process.env['SAKSI_EVENTS_TOPIC'] ?? 'saksi.events';
  const relay = await new KafkaRelay(
    new PostgresEventStore(opened.dataSource),
    new PostgresCheckpointStore(opened.dataSource),
    kafka.producer({ idempotent: true, maxInFlightRequests: 1 }),
    hmacPseudonymiser(key),
    {
      topic,
      source: process.env['SAKSI_SOURCE'] ?? '/saksi',
      onError: (error) => logger.error(`publishing failed, retrying: ${String(error)}`),
    },
  ).start();
  logger.log(`Relaying the log to ${topic}`);
  const stop = () => {
    void relay
      .stop()
      .then(() => opened.close())
      .then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error('The relay could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
