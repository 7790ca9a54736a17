import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { openStorage, type StorageConfig } from '@saksi/database';
import { configureHttp, setupOpenApi } from '@saksi/http';
import { PortalModule, type PortalOptions } from '@saksi/portal';
import { personalDataKey, sealPersonalData } from '@saksi/privacy';
import { ProjectionsModule, type ProjectionsModuleOptions } from '@saksi/projections';
import { SentinelModule, type SentinelOptions } from '@saksi/sentinel';
import { LedgerAppModule } from './ledger-app.module.js';
import { LEDGER_SCHEMA } from './ledger.schema.js';

export interface StartOptions {
  storage: StorageConfig;
  port: number;
  host: string;
  applicationName: string;
  /**
   * The master key personal data is sealed under (see personalDataKey in @saksi/privacy); by default
   * SAKSI_PERSONAL_DATA_KEY, or in the embedded default the key kept beside its data.
   */
  personalDataKey?: Buffer;
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
  try {
    await sealPersonalData(
      storage.dataSource,
      options.personalDataKey ??
        personalDataKey(
          process.env,
          options.storage.mode === 'embedded' ? options.storage.dataDir : undefined,
        ),
    );
  } catch (error) {
    await storage.close();
    throw error;
  }
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
