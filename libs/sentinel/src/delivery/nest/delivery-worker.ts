import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DATA_SOURCE } from '@saksi/database';
import { EVENT_STORE, type EventStore } from '@saksi/event-store';
import type { DataSource } from 'typeorm';
import {
  EMAIL_SENDER,
  type EmailSender,
  WEBHOOK_SENDER,
  type WebhookSender,
} from '../channels/alert-senders.port.js';
import type { DeliveryConfig } from '../delivery.config.js';
import { DELIVERY_CONFIG, DELIVERY_OPTIONS, type DeliveryModuleOptions } from '../delivery-options.js';
import { JOB_QUEUE, type JobQueue } from '../job-queue.port.js';
import { deliveryProcessors } from '../processing/delivery-processors.js';

/**
 * Starts working the jobs once the app is up, and lets them go at shutdown: before the storage
 * closes, so a job under way can still record its delivery.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(DELIVERY_OPTIONS) private readonly options: DeliveryModuleOptions,
    @Inject(DELIVERY_CONFIG) private readonly config: DeliveryConfig,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(EMAIL_SENDER) private readonly email: EmailSender,
    @Inject(WEBHOOK_SENDER) private readonly webhook: WebhookSender,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.worker === false) return;
    await this.queue.start(
      deliveryProcessors({
        store: this.store,
        dataSource: this.dataSource,
        email: this.email,
        webhook: this.webhook,
        config: this.config,
        ...(this.options.scan ? { scan: this.options.scan } : {}),
      }),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.queue.close();
    this.email.close();
  }
}
