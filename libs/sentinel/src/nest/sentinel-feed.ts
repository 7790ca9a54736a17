import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  Optional,
} from '@nestjs/common';
import type { SentinelConfig } from '@saksi/anomalies';
import {
  consumerStatus,
  type EventHandler,
  KafkaEventConsumer,
  type KafkaSettings,
  LogEventConsumer,
} from '@saksi/consumers';
import { DATA_SOURCE } from '@saksi/database';
import { EVENT_STORE, type PostgresEventStore } from '@saksi/event-store';
import { SAKSI_METRICS, type SaksiMetrics } from '@saksi/observability';
import { hmacPseudonymiser } from '@saksi/relay';
import { Kafka, logLevel } from 'kafkajs';
import type { DataSource } from 'typeorm';
import type { DeliveryConfig } from '../delivery/delivery.config.js';
import type { DeliveryModuleOptions } from '../delivery/delivery-options.js';
import { DELIVERY_CONFIG } from '../delivery/delivery-options.js';
import { alertDispatchHandler } from '../delivery/dispatch/alert-dispatch.handler.js';
import { JOB_QUEUE, type JobQueue } from '../delivery/job-queue.port.js';
import { runScheduledScan } from '../scheduled-scan.js';
import { sentinelHandler } from '../sentinel.handler.js';

export const SENTINEL_OPTIONS = Symbol('SentinelOptions');

export interface SentinelOptions {
  config: SentinelConfig;
  pseudonymKey: string;
  /** In process from the log (embedded), or a Kafka consumer group (the sentinel app). */
  feed: 'in-process' | { kafka: KafkaSettings };
  /** Alert delivery to inspectors: BullMQ with a Redis URL, in process without. None if absent. */
  delivery?: Omit<DeliveryModuleOptions, 'scan' | 'jobQueue'>;
}

export const SCHEDULED_SCAN = Symbol('ScheduledScan');

/** Filled by SentinelFeed, called by the delivery worker's daily job. */
export interface ScheduledScanRef {
  run?: (today: string) => Promise<unknown>;
}

interface Running {
  stop(): Promise<void>;
}

/** Feeds the sentinel's handler (and any companion handlers) from the log or from Kafka. */
@Injectable()
export class SentinelFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly running: Running[] = [];

  constructor(
    @Inject(SENTINEL_OPTIONS) private readonly options: SentinelOptions,
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SAKSI_METRICS) private readonly metrics: SaksiMetrics,
    @Optional() @Inject(JOB_QUEUE) private readonly queue?: JobQueue,
    @Optional() @Inject(DELIVERY_CONFIG) private readonly deliveryConfig?: DeliveryConfig,
    @Optional() @Inject(SCHEDULED_SCAN) scan?: ScheduledScanRef,
  ) {
    if (scan) scan.run = (today) => runScheduledScan(this.dataSource, this.store, today, this.options.config);
  }

  /** The sentinel, and with delivery the dispatcher that queues each new alert for inspectors. */
  handlers(): EventHandler[] {
    const sentinel = sentinelHandler(this.store, this.options.config, (alertIds) =>
      this.metrics.alertsRaised.inc(alertIds.length),
    );
    const dispatch =
      this.queue && this.deliveryConfig
        ? [alertDispatchHandler(this.queue, this.dataSource, this.deliveryConfig)]
        : [];
    return [sentinel, ...dispatch];
  }

  async onApplicationBootstrap(): Promise<void> {
    const { feed } = this.options;
    const names = this.handlers().map((handler) => handler.name);
    this.metrics.onScrape(async () => this.metrics.recordLag(await consumerStatus(this.dataSource, names)));
    for (const handler of this.handlers()) {
      if (feed === 'in-process') {
        const pseudonymise = hmacPseudonymiser(this.options.pseudonymKey);
        this.running.push(
          await new LogEventConsumer(this.store, this.dataSource, handler, pseudonymise).start(),
        );
      } else {
        const kafka = new Kafka({
          clientId: feed.kafka.clientId,
          brokers: feed.kafka.brokers,
          logLevel: logLevel.WARN,
        });
        this.running.push(
          await new KafkaEventConsumer(kafka, this.dataSource, handler, {
            topic: feed.kafka.topic,
            groupId: `${feed.kafka.groupPrefix}${handler.name}`,
            afterApply: (applied) => {
              this.metrics.eventsConsumed.inc({ consumer: handler.name }, applied.handled);
              return Promise.resolve();
            },
          }).start(),
        );
      }
    }
    new Logger('Sentinel').log(
      feed === 'in-process'
        ? 'The sentinel follows the log in process'
        : `The sentinel follows Kafka topic ${feed.kafka.topic}`,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.running.map((consumer) => consumer.stop()));
  }
}
