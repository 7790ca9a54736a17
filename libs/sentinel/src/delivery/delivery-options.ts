import { DEFAULT_DELIVERY_CONFIG, type DeliveryConfig } from './delivery.config.js';
import { DEFAULT_JOB_QUEUE_OPTIONS, type JobQueue, type JobQueueOptions } from './job-queue.port.js';
import { BullMqJobQueue } from './queue/bullmq-job.queue.js';
import { InProcessJobQueue } from './queue/in-process-job.queue.js';

export const DELIVERY_OPTIONS = Symbol('DeliveryOptions');
export const DELIVERY_CONFIG = Symbol('DeliveryConfig');

export interface DeliveryModuleOptions {
  /** BullMQ on this Redis (`redis://host:6379/0`); without it, jobs run in process (the embedded default). */
  redisUrl?: string;
  /** BullMQ queue name and key prefix: deployments and tests sharing a Redis keep apart by them. */
  queueName?: string;
  queuePrefix?: string;
  queue?: Partial<JobQueueOptions> & { reconnectDelayMs?: number };
  /** `smtp://host:2525`; without it e-mail deliveries fail and end as dead letters an admin sees. */
  smtpUrl?: string;
  config?: Partial<DeliveryConfig>;
  /** The daily scan (`(today) => runScheduledScan(…, today, …)`); none is scheduled without it. */
  scan?: (today: string) => Promise<unknown>;
  /** false for a process that only enqueues (and serves the admin API); another one works the jobs. */
  worker?: boolean;
  /**
   * A queue made beforehand with createJobQueue(), so the dispatcher fed outside Nest and the worker
   * share it. The module closes it at shutdown either way.
   */
  jobQueue?: JobQueue;
}

export function deliveryConfig(options: Pick<DeliveryModuleOptions, 'config'>): DeliveryConfig {
  return {
    ...DEFAULT_DELIVERY_CONFIG,
    ...options.config,
    acknowledgeWithinMs: {
      ...DEFAULT_DELIVERY_CONFIG.acknowledgeWithinMs,
      ...options.config?.acknowledgeWithinMs,
    },
  };
}

/** BullMQ when a Redis URL is given, in process otherwise. */
export function createJobQueue(options: Omit<DeliveryModuleOptions, 'jobQueue'>): JobQueue {
  const queue = { ...DEFAULT_JOB_QUEUE_OPTIONS, ...options.queue };
  if (!options.redisUrl) return new InProcessJobQueue(queue);
  return new BullMqJobQueue({
    ...queue,
    redisUrl: options.redisUrl,
    queueName: options.queueName ?? 'saksi-alerts',
    prefix: options.queuePrefix ?? 'saksi',
    reconnectDelayMs: options.queue?.reconnectDelayMs ?? 2_000,
  });
}
