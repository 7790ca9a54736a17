import { type DynamicModule, Module } from '@nestjs/common';
import { SENTINEL_OPTIONS, SentinelFeed, type SentinelOptions } from './sentinel-feed.js';
import { SentinelHealthController } from './sentinel-health.controller.js';

/** The sentinel in an app: its feed, and (in the sentinel app, which has no ledger) its /health. */
@Module({})
export class SentinelModule {
  static register(options: SentinelOptions & { health?: boolean }): DynamicModule {
    return {
      module: SentinelModule,
      controllers: options.health ? [SentinelHealthController] : [],
      providers: [{ provide: SENTINEL_OPTIONS, useValue: options }, SentinelFeed],
      exports: [SentinelFeed],
    };
  }
}
