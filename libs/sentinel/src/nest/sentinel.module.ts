import { type DynamicModule, Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module.js';
import {
  SCHEDULED_SCAN,
  type ScheduledScanRef,
  SENTINEL_OPTIONS,
  SentinelFeed,
  type SentinelOptions,
} from './sentinel-feed.js';
import { SentinelHealthController } from './sentinel-health.controller.js';

/**
 * The sentinel in an app: its feed, alert delivery when asked for (the dispatcher is fed beside the
 * sentinel; the daily scan runs as a delivery job), and in the sentinel app, which has no ledger,
 * its /health.
 */
@Module({})
export class SentinelModule {
  static register(options: SentinelOptions & { health?: boolean }): DynamicModule {
    const scan: ScheduledScanRef = {};
    return {
      module: SentinelModule,
      imports: options.delivery
        ? [
            DeliveryModule.register({
              ...options.delivery,
              scan: (today) =>
                scan.run ? scan.run(today) : Promise.reject(new Error('the sentinel is not running yet')),
            }),
          ]
        : [],
      controllers: options.health ? [SentinelHealthController] : [],
      providers: [
        { provide: SENTINEL_OPTIONS, useValue: options },
        { provide: SCHEDULED_SCAN, useValue: scan },
        SentinelFeed,
      ],
      exports: [SentinelFeed],
    };
  }
}
