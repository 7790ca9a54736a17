import { type DynamicModule, Module } from '@nestjs/common';
import { type Storage, StorageModule } from '@saksi/database';
import { EventStoreModule } from '@saksi/event-store';
import { HealthController } from './health/health.controller.js';

/** The embedded default: every Saksi module in one process, on whichever storage was opened. */
@Module({})
export class AppModule {
  static forStorage(storage: Storage): DynamicModule {
    return {
      module: AppModule,
      imports: [StorageModule.forStorage(storage), EventStoreModule.register()],
      controllers: [HealthController],
    };
  }
}
