import 'reflect-metadata';
import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AccessModule } from '@saksi/access';
import { kafkaSettingsFromEnv } from '@saksi/consumers';
import { DEFAULT_SENTINEL_CONFIG } from '@saksi/anomalies';
import { openStorage, storageConfigFromEnv, StorageModule } from '@saksi/database';
import { EventStoreModule } from '@saksi/event-store';
import { configureHttp } from '@saksi/http';
import { LEDGER_SCHEMA } from '@saksi/ledger';
import { ObservabilityModule } from '@saksi/observability';
import { pseudonymKey } from '@saksi/relay';
import { SentinelModule } from '@saksi/sentinel';

/**
 * The sentinel on its own, for the cluster: the anomaly rules as a Kafka consumer group, raising
 * alerts into the log. Configuration from the environment only.
 */
async function main(): Promise<void> {
  const logger = new Logger('Sentinel');
  const storage = storageConfigFromEnv();
  if (storage.mode !== 'postgres')
    throw new Error('The sentinel needs a PostgreSQL server: set DATABASE_URL.');
  // Read before the database is touched: a process missing a secret must not migrate it first.
  const key = pseudonymKey(process.env);
  const opened = await openStorage(storage, LEDGER_SCHEMA, { applicationName: 'saksi-sentinel' });
  @Module({
    imports: [
      StorageModule.forStorage(opened),
      EventStoreModule.register(),
      AccessModule.register(),
      ObservabilityModule.forApp('saksi-sentinel'),
      SentinelModule.register({
        config: DEFAULT_SENTINEL_CONFIG,
        pseudonymKey: key,
        health: true,
        delivery: {
          redisUrl: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
          // Deployments (and test runs) sharing one Redis keep their queues apart by prefix.
          queuePrefix: process.env['SAKSI_QUEUE_PREFIX'] ?? 'saksi',
          ...(process.env['SMTP_URL'] ? { smtpUrl: process.env['SMTP_URL'] } : {}),
        },
        feed: {
          kafka: kafkaSettingsFromEnv(process.env, 'saksi-sentinel'),
        },
      }),
    ],
  })
  class SentinelAppModule {}
  const app = await NestFactory.create<NestExpressApplication>(SentinelAppModule);
  configureHttp(app);
  app.enableShutdownHooks();
  const host = process.env['HOST'] ?? '127.0.0.1';
  await app.listen(Number(process.env['PORT'] ?? 3004), host);
  const address = app.getHttpServer().address() as { port: number };
  logger.log(`The sentinel is listening on http://${host}:${address.port}`);
}

main().catch((error: unknown) => {
  console.error('The sentinel could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
