import { type DynamicModule, Module } from '@nestjs/common';
import { DATA_SOURCE } from '@saksi/database';
import type { DataSource } from 'typeorm';
import { EVENT_STORE } from './event-store.port.js';
import { PostgresCheckpointStore } from './postgres/postgres-checkpoint-store.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';
import { CHECKPOINT_STORE } from './subscription/checkpoint-store.port.js';

@Module({})
export class EventStoreModule {
  static register(): DynamicModule {
    return {
      module: EventStoreModule,
      global: true,
      providers: [
        {
          provide: EVENT_STORE,
          inject: [DATA_SOURCE],
          useFactory: (ds: DataSource) => new PostgresEventStore(ds),
        },
        {
          provide: CHECKPOINT_STORE,
          inject: [DATA_SOURCE],
          useFactory: (ds: DataSource) => new PostgresCheckpointStore(ds),
        },
      ],
      exports: [EVENT_STORE, CHECKPOINT_STORE],
    };
  }
}
