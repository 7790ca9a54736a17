import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { openStorage, type StorageConfig } from '@saksi/database';
import { configureHttp, setupOpenApi } from '@saksi/http';
import { PortalModule, type PortalOptions } from '@saksi/portal';
import { ProjectionsModule, type ProjectionsModuleOptions } from '@saksi/projections';
import { SentinelModule, type SentinelOptions } from '@saksi/sentinel';
import { LedgerAppModule } from './ledger-app.module.js';
import { LEDGER_SCHEMA } from './ledger.schema.js';

export interface StartOptions {
  storage: StorageConfig;
  port: number;
  host: string;
  applicationName: string;
  /** The read side in this process too (the embedded default); the cluster's projector serves it. */
  readSide?: ProjectionsModuleOptions;
  /** The sentinel in this process too (the embedded default). */
  sentinel?: SentinelOptions;
  /** The public pages and the forum and inspector interface at `/` (the embedded default). */
  portal?: PortalOptions;
}

/** Opens storage (migrations first), builds the Nest app and listens; used by both apps. */
export async function startLedger(options: StartOptions): Promise<NestExpressApplication> {
  const logger = new Logger('Saksi');
  const storage = await openStorage(options.storage, LEDGER_SCHEMA, {
    applicationName: options.applicationName,
  });
  logger.log(`Storage: ${storage.description}`);
  const app = await NestFactory.create<NestExpressApplication>(
    LedgerAppModule.forStorage(storage, [
      ...(options.readSide ? [ProjectionsModule.register(options.readSide)] : []),
      ...(options.sentinel ? [SentinelModule.register(options.sentinel)] : []),
      ...(options.portal ? [PortalModule.register(options.portal)] : []),
    ]),
  );
  configureHttp(app);
  setupOpenApi(app, { title: 'Saksi', version: '1' });
  app.enableShutdownHooks();
  await app.listen(options.port, options.host);
  const address = app.getHttpServer().address() as { port: number };
  logger.log(`Saksi is listening on http://${options.host}:${address.port}`);
  return app;
}
