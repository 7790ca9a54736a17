import { type DynamicModule, Module } from '@nestjs/common';
import { DATA_SOURCE } from '@saksi/database';
import { hmacPseudonymiser } from '@saksi/relay';
import type { DataSource } from 'typeorm';
import { projectionStatus } from '../runner/projection-status.js';
import { ProjectionLagGauge } from './projection-lag.gauge.js';
import { READ_SIDE_STATUS, type ReadSideStatus } from './read-side-status.token.js';
import { PROJECTION_CONTROLLERS } from '../http/index.js';
import { InProcessProjectionFeed } from './in-process-feed.js';
import { KAFKA_FEED_OPTIONS, type KafkaFeedOptions, KafkaProjectionFeed } from './kafka-feed.js';
import { ReadSideHealthController } from './read-side-health.controller.js';
import { PSEUDONYMISE } from './pseudonymise.token.js';

export interface ProjectionsModuleOptions {
  /** The key behind NIK tokens (see pseudonymKey in @saksi/relay). */
  pseudonymKey: string;
  /**
   * 'in-process' in the embedded default; Kafka in the projector; 'elsewhere' when another process
   * keeps the read models (the API only).
   */
  feed: 'in-process' | { kafka: KafkaFeedOptions } | 'elsewhere';
  /** The projector has no ledger beside it and answers /health itself. */
  health?: boolean;
}

/**
 * The read side: figures, provenance, histories and reports under /api/v1. Needs the storage, the
 * event store and the access module from the app that imports it.
 */
@Module({})
export class ProjectionsModule {
  static register(options: ProjectionsModuleOptions): DynamicModule {
    return {
      module: ProjectionsModule,
      controllers: [...PROJECTION_CONTROLLERS, ...(options.health ? [ReadSideHealthController] : [])],
      providers: [
        { provide: PSEUDONYMISE, useValue: hmacPseudonymiser(options.pseudonymKey) },
        {
          provide: READ_SIDE_STATUS,
          inject: [DATA_SOURCE],
          useFactory:
            (dataSource: DataSource): ReadSideStatus =>
            () =>
              projectionStatus(dataSource),
        },
        ProjectionLagGauge,
        ...(options.feed === 'in-process' ? [InProcessProjectionFeed] : []),
        ...(typeof options.feed === 'object'
          ? [{ provide: KAFKA_FEED_OPTIONS, useValue: options.feed.kafka }, KafkaProjectionFeed]
          : []),
      ],
      exports: [
        PSEUDONYMISE,
        READ_SIDE_STATUS,
        ...(options.feed === 'in-process' ? [InProcessProjectionFeed] : []),
      ],
    };
  }
}
