import 'reflect-metadata';
import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AccessModule } from '@saksi/access';
import { AreaModule } from '@saksi/area';
import { openStorage, storageConfigFromEnv, StorageModule } from '@saksi/database';
import { EventStoreModule } from '@saksi/event-store';
import { configureHttp } from '@saksi/http';
import { LEDGER_SCHEMA } from '@saksi/ledger';
import { ObservabilityModule } from '@saksi/observability';
import { PortalModule } from '@saksi/portal';
import { personalDataKey, sealPersonalData } from '@saksi/privacy';
import { pseudonymKey } from '@saksi/relay';

/**
 * The portal on its own, for the cluster: the public transparency pages and the forum and inspector
 * interface, from read-only queries on the shared database. Grievances, triage and findings are
 * posted to the ledger's HTTP API (LEDGER_URL) with the signed-in person's own key; links to CSV
 * files and printable reports point at the read API (READ_API_URL, the projector). AREA is the area
 * the home page opens on (`nasional` or empty: the nation). Configuration from the environment only.
 */
async function main(): Promise<void> {
  const logger = new Logger('Portal');
  const storage = storageConfigFromEnv();
  if (storage.mode !== 'postgres') throw new Error('The portal needs a PostgreSQL server: set DATABASE_URL.');
  // It opens sealed personal data (histories, evidence): no key, no start.
  const masterKey = personalDataKey(process.env);
  // Read before the database is touched: a process missing a secret must not migrate it first.
  const key = pseudonymKey(process.env);
  // The same schema as every other process: whichever starts first migrates it.
  const opened = await openStorage(storage, LEDGER_SCHEMA, { applicationName: 'saksi-portal' });
  await sealPersonalData(opened.dataSource, masterKey);
  @Module({
    imports: [
      StorageModule.forStorage(opened),
      EventStoreModule.register(),
      AccessModule.register(),
      AreaModule,
      ObservabilityModule.forApp('saksi-portal'),
      PortalModule.register({
        pseudonymKey: key,
        ledgerUrl: process.env['LEDGER_URL'] ?? 'http://127.0.0.1:3001',
        readApiUrl: process.env['READ_API_URL'] ?? 'http://127.0.0.1:3003',
        homeArea: homeArea(process.env['AREA']),
        health: true,
      }),
    ],
  })
  class PortalAppModule {}
  const app = await NestFactory.create<NestExpressApplication>(PortalAppModule);
  configureHttp(app);
  app.enableShutdownHooks();
  const host = process.env['HOST'] ?? '127.0.0.1';
  await app.listen(Number(process.env['PORT'] ?? 3005), host);
  const address = app.getHttpServer().address() as { port: number };
  logger.log(`The portal is listening on http://${host}:${address.port}`);
}

/** An area code, or `nasional` (or nothing) for the whole country. */
function homeArea(area: string | undefined): string {
  return area === undefined || area === 'nasional' ? '' : area.trim();
}

main().catch((error: unknown) => {
  console.error('The portal could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
