import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DATA_SOURCE } from '@saksi/database';
import type { DataSource } from 'typeorm';
import { AccessGuard } from './access.guard.js';
import { ACCESS_OPTIONS, AccessKeyService, type AccessOptions } from './access-key.service.js';
import { ACCESS_KEY_STORE } from './access-key.store.port.js';
import { PostgresAccessKeyStore } from './postgres/postgres-access-key.store.js';

/**
 * Access keys and the guard in front of every route. Import it once, in the app's root module:
 * it is global, and a second import would run the guard twice.
 */
@Module({})
export class AccessModule {
  static register(options: AccessOptions = {}): DynamicModule {
    return {
      module: AccessModule,
      global: true,
      providers: [
        {
          provide: ACCESS_KEY_STORE,
          inject: [DATA_SOURCE],
          useFactory: (ds: DataSource) => new PostgresAccessKeyStore(ds),
        },
        { provide: ACCESS_OPTIONS, useValue: options },
        AccessKeyService,
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [AccessKeyService],
    };
  }
}
