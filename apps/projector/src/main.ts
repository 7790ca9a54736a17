import 'reflect-metadata';
import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AccessModule } from '@saksi/access';
import { kafkaSettingsFromEnv } from '@saksi/consumers';
import { AreaModule } from '@saksi/area';
import { openStorage, storageConfigFromEnv, StorageModule } from '@saksi/database';
import { EventStoreModule } from '@saksi/event-store';
import { configureHttp, setupOpenApi } from '@saksi/http';
import { LEDGER_SCHEMA } from '@saksi/ledger';
import { ObservabilityModule } from '@saksi/observability';
import { ProjectionsModule } from '@saksi/projections';
import { personalDataKey, sealPersonalData } from '@saksi/privacy';
import { pseudonymKey } from '@saksi/relay';

/**
 * The projector on its own, for the cluster: it keeps the read models from the Kafka topic (one
 * consumer group per read model; run several to share the partitions) and serves the read API,
 * reports and histories. Configuration from the environment only.
 */
async function main(): Promise<void> {
  const logger = new Logger('Projector');
  const storage = storageConfigFromEnv();
  if (storage.mode !== 'postgres')
    throw new Error('The projector needs a PostgreSQL server: set DATABASE_URL.');
  // It opens sealed personal data (histories, evidence, disclosures, rebuilds): no key, no start.
  const masterKey = personalDataKey(process.env);
  // Read before the database is touched: a process missing a secret must not migrate it first.
  const key = pseudonymKey(process.env);
  // The same schema as every other process: whichever starts first migrates it.
  const opened = await openStorage(storage, LEDGER_SCHEMA, { applicationName: 'saksi-projector' });
  await sealPersonalData(opened.dataSource, masterKey);
  @Module({
    imports: [
      StorageModule.forStorage(opened),
      EventStoreModule.register(),
      AccessModule.register(),
      AreaModule,
      ObservabilityModule.forApp('saksi-projector'),
      ProjectionsModule.register({
        pseudonymKey: key,
        health: true,
        feed: {
          kafka: kafkaSettingsFromEnv(process.env, 'saksi-projector'),
        },
      }),
    ],
  })
  class ProjectorModule {}
  const app = await NestFactory.create<NestExpressApplication>(ProjectorModule);
  configureHttp(app);
  setupOpenApi(app, { title: 'Saksi read side', version: '1' });
  app.enableShutdownHooks();
  const host = process.env['HOST'] ?? '127.0.0.1';
  await app.listen(Number(process.env['PORT'] ?? 3003), host);
  const address = app.getHttpServer().address() as { port: number };
  logger.log(`The projector is listening on http://${host}:${address.port}`);
}

main().catch((error: unknown) => {
  console.error('The projector could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
