import { type DynamicModule, Module } from '@nestjs/common';
import { EMAIL_SENDER, WEBHOOK_SENDER } from './channels/alert-senders.port.js';
import { HttpWebhookSender } from './channels/http-webhook.sender.js';
import { SmtpEmailSender } from './channels/smtp-email.sender.js';
import type { DeliveryConfig } from './delivery.config.js';
import {
  createJobQueue,
  DELIVERY_CONFIG,
  DELIVERY_OPTIONS,
  deliveryConfig,
  type DeliveryModuleOptions,
} from './delivery-options.js';
import { JOB_QUEUE } from './job-queue.port.js';
import { AlertSubscriptionsController } from './nest/alert-subscriptions.controller.js';
import { DeadLettersController } from './nest/dead-letters.controller.js';
import { DeliveryWorker } from './nest/delivery-worker.js';
import { UnconfiguredEmailSender } from './nest/unconfigured-email.sender.js';

/**
 * Alert delivery in an app: the job queue (BullMQ when a Redis URL is given, in process otherwise),
 * the worker's lifecycle, and the admin API. Needs the storage and event store modules (global).
 * The dispatcher is not here: it is a log consumer (alertDispatchHandler) that the app feeds from
 * Kafka or the log, with the JOB_QUEUE this module exports.
 */
@Module({})
export class DeliveryModule {
  static register(options: DeliveryModuleOptions = {}): DynamicModule {
    return {
      module: DeliveryModule,
      controllers: [AlertSubscriptionsController, DeadLettersController],
      providers: [
        { provide: DELIVERY_OPTIONS, useValue: options },
        { provide: DELIVERY_CONFIG, useValue: deliveryConfig(options) },
        { provide: JOB_QUEUE, useFactory: () => options.jobQueue ?? createJobQueue(options) },
        {
          provide: EMAIL_SENDER,
          inject: [DELIVERY_CONFIG],
          useFactory: (config: DeliveryConfig) =>
            options.smtpUrl
              ? new SmtpEmailSender(options.smtpUrl, config.mailFrom)
              : new UnconfiguredEmailSender(),
        },
        { provide: WEBHOOK_SENDER, useClass: HttpWebhookSender },
        DeliveryWorker,
      ],
      exports: [JOB_QUEUE, DELIVERY_CONFIG],
    };
  }
}
