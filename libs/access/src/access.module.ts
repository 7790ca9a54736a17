import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DATA_SOURCE } from '@saksi/database';
import { type EdgeLimits, edgeLimitsFromEnv } from '@saksi/http';
import type { DataSource } from 'typeorm';
import { AccessGuard } from './access.guard.js';
import { ACCESS_OPTIONS, AccessKeyService, type AccessOptions } from './access-key.service.js';
import { ACCESS_KEY_STORE } from './access-key.store.port.js';
import { EDGE_LIMITS, RequestLimits } from './limits/request-limits.js';
import { PostgresAccessKeyStore } from './postgres/postgres-access-key.store.js';

export interface AccessModuleOptions extends AccessOptions {
  /** The limits per client address; from the environment (edgeLimitsFromEnv) when not given. */
  limits?: EdgeLimits;
}

/**
 * Access keys and the guard in front of every route. Import it once, in the app's root module:
 * it is global, and a second import would run the guard twice.
 */
@Module({})
export class AccessModule {
  static register({ limits, ...options }: AccessModuleOptions = {}): DynamicModule {
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
        // Read when the app is built, so a bad value stops it at start rather than at the first request.
        { provide: EDGE_LIMITS, useValue: limits ?? edgeLimitsFromEnv(process.env) },
        AccessKeyService,
        RequestLimits,
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [AccessKeyService, RequestLimits, EDGE_LIMITS],
    };
  }
}
