import 'reflect-metadata';
import type { Server } from 'node:http';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { openStorage, storageConfigFromEnv } from '@saksi/database';
import { EVENT_STORE_SCHEMA } from '@saksi/event-store';
import { AppModule } from './app.module.js';

async function bootstrap(): Promise<void> {
  const logger = new Logger('Saksi');
  const storage = await openStorage(storageConfigFromEnv(), EVENT_STORE_SCHEMA, { applicationName: 'saksi' });
  logger.log(`Storage: ${storage.description}`);
  const app = await NestFactory.create(AppModule.forStorage(storage));
  app.enableShutdownHooks();
  const host = process.env['HOST'] ?? '127.0.0.1';
  await app.listen(Number(process.env['PORT'] ?? 3000), host);
  const address = (app.getHttpServer() as Server).address() as { port: number };
  logger.log(`Saksi is listening on http://${host}:${address.port}`);
}

bootstrap().catch((error: unknown) => {
  console.error('Saksi could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
