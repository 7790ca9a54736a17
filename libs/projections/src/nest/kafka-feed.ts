import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { KafkaSettings } from '@saksi/consumers';
import { DATA_SOURCE } from '@saksi/database';
import { SAKSI_METRICS, type SaksiMetrics } from '@saksi/observability';
import { Kafka, logLevel } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { followKafka, type LiveProjections } from '../runner/live-projections.js';

export const KAFKA_FEED_OPTIONS = Symbol('KafkaFeedOptions');

export type KafkaFeedOptions = KafkaSettings;

/**
 * The projector's feed in the cluster: each read model is a Kafka consumer group, so several
 * projector processes share the topic's partitions. Lag is measured by ProjectionLagGauge.
 */
@Injectable()
export class KafkaProjectionFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  private live: LiveProjections | undefined;

  constructor(
    @Inject(KAFKA_FEED_OPTIONS) private readonly options: KafkaFeedOptions,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SAKSI_METRICS) private readonly metrics: SaksiMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const kafka = new Kafka({
      clientId: this.options.clientId,
      brokers: this.options.brokers,
      logLevel: logLevel.WARN,
    });
    this.live = await followKafka(
      kafka,
      this.dataSource,
      this.options.topic,
      (projection, handled) => this.metrics.eventsConsumed.inc({ consumer: projection }, handled),
      undefined,
      this.options.groupPrefix,
    );
    new Logger('Projections').log(`Read models follow Kafka topic ${this.options.topic}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.live?.stop();
  }
}
