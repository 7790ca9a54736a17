import { Logger } from '@nestjs/common';
import { createBunRedisClient, type IRedisClient, type Job, Queue, Worker } from 'bullmq';
import type { DeliveryJob, DeliveryJobName, QueuedJob } from '../delivery.jobs.js';
import type { DeadLetter, JobProcessors, JobQueue, JobQueueOptions } from '../job-queue.port.js';
import { dailyCronPattern } from './job-schedule.js';
import { RespConnection } from './resp-connection.js';

export interface BullMqQueueOptions extends JobQueueOptions {
  redisUrl: string;
  /** Deployments (and tests) sharing one Redis keep apart by queue name and key prefix. */
  queueName: string;
  prefix: string;
  /** How soon a worker (or its start) tries again after losing Redis. */
  reconnectDelayMs: number;
}

const SCAN_SCHEDULER = 'daily-scan';
const WEEK_S = 7 * 86_400;

/**
 * Alert delivery's jobs in BullMQ on Redis.
 *
 * Dead letters are BullMQ's own failed set: a job moves there atomically (in one Lua script) when its
 * last attempt fails, and is kept there (removeOnFail: false) until replayed with `job.retry`. A
 * separate dead-letter queue would need a second write after the failure, which a crash between
 * the two could lose.
 *
 * Redis may be down when the app starts or at any time after: enqueueing then fails at once (the
 * dispatcher's batch is retried later), and the worker keeps trying to start until Redis answers.
 */
export class BullMqJobQueue implements JobQueue {
  private readonly logger = new Logger('AlertDelivery');
  private readonly connection: IRedisClient;
  private producer: Promise<Queue> | undefined;
  private worker: Worker | undefined;
  private supervisor: Promise<void> | undefined;
  private processors: JobProcessors | undefined;
  private closing = false;
  private wake: (() => void) | undefined;
  private lastError = '';

  constructor(private readonly options: BullMqQueueOptions) {
    // One connection for producing and reading; each worker duplicates it for its blocking pops.
    this.connection = createBunRedisClient(new RespConnection(options.redisUrl), { lazyConnect: true });
    this.connection.on('error', (error: Error) => this.warn(`Redis: ${error.message}`));
    this.connection.on('ready', () => (this.lastError = ''));
  }

  async enqueue(jobs: QueuedJob[]): Promise<void> {
    const queue = await this.queue();
    const added = await queue.addBulk(
      jobs.map((job) => ({
        name: job.name,
        data: job.data,
        opts: { jobId: job.jobId, ...(job.delayMs ? { delay: job.delayMs } : {}) },
      })),
    );
    // BullMQ's adapter answers a command cut off by a lost connection with null, not an error.
    if (added.length !== jobs.length || added.some((job) => !job.id))
      throw new Error('Redis did not confirm every job: the batch is retried later');
  }

  start(processors: JobProcessors): Promise<void> {
    this.processors = processors;
    this.supervisor ??= this.startWorker();
    return Promise.resolve();
  }

  async deadLetters(limit = 100): Promise<DeadLetter[]> {
    const queue = await this.queue();
    const failed = await queue.getFailed(0, limit - 1);
    return failed.map((job) => ({
      id: job.id!,
      name: job.name as DeliveryJobName,
      data: job.data as unknown,
      reason: job.failedReason,
      attempts: job.attemptsMade,
      failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    }));
  }

  async replay(id: string): Promise<boolean> {
    const queue = await this.queue();
    const job = await queue.getJob(id);
    if (!job || !(await job.isFailed())) return false;
    await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    return true;
  }

  async close(): Promise<void> {
    this.closing = true;
    this.wake?.();
    await this.supervisor;
    await this.worker?.close();
    const producer = await this.producer?.catch(() => undefined);
    await producer?.close();
    await this.connection.quit();
  }

  /** The producer's Queue, made once Redis answers; a failed attempt is forgotten so the next one retries. */
  private queue(): Promise<Queue> {
    this.producer ??= this.openQueue().catch((error: unknown) => {
      this.producer = undefined;
      throw error;
    });
    return this.producer;
  }

  private async openQueue(): Promise<Queue> {
    const { attempts, backoffMs } = this.options;
    const queue = new Queue(this.options.queueName, {
      connection: this.connection,
      prefix: this.options.prefix,
      defaultJobOptions: {
        attempts,
        backoff: { type: 'exponential', delay: backoffMs },
        // Completed ids are kept a week to recognise a job enqueued again; the delivery record covers after.
        removeOnComplete: { age: WEEK_S, count: 100_000 },
        removeOnFail: false,
      },
    });
    queue.on('error', (error: Error) => this.warn(`Queue: ${error.message}`));
    try {
      await queue.waitUntilReady();
      return queue;
    } catch (error) {
      await queue.close().catch(() => undefined);
      throw error;
    }
  }

  private async startWorker(): Promise<void> {
    while (!this.closing) {
      try {
        await this.upsertScanScheduler();
        const worker = new Worker(this.options.queueName, (job: Job) => this.process(job), {
          connection: this.connection,
          prefix: this.options.prefix,
          concurrency: this.options.concurrency,
          runRetryDelay: this.options.reconnectDelayMs,
          autorun: false,
        });
        worker.on('error', (error: Error) => this.warn(`Worker: ${error.message}`));
        try {
          await worker.waitUntilReady();
        } catch (error) {
          await worker.close(true).catch(() => undefined);
          throw error;
        }
        this.worker = worker;
        void worker.run().catch((error: Error) => this.warn(`Worker stopped: ${error.message}`));
        this.logger.log(`Alert delivery works queue ${this.options.prefix}:${this.options.queueName}`);
        return;
      } catch (error) {
        this.warn(`Alert delivery waits for Redis: ${(error as Error).message}`);
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          setTimeout(resolve, this.options.reconnectDelayMs).unref();
        });
      }
    }
  }

  private async upsertScanScheduler(): Promise<void> {
    const queue = await this.queue();
    if (!this.processors?.scan) return;
    const { scan } = this.options;
    await queue.upsertJobScheduler(
      SCAN_SCHEDULER,
      'everyMs' in scan
        ? { every: scan.everyMs }
        : { pattern: dailyCronPattern(scan.dailyAt), tz: 'Asia/Jakarta' },
      { name: 'scan', data: {} },
    );
  }

  private process(job: Job): Promise<void> {
    const processors = this.processors!;
    const context = { jobId: job.id!, attempt: job.attemptsMade + 1 };
    const delivery = { name: job.name, data: job.data as unknown } as DeliveryJob;
    switch (delivery.name) {
      case 'deliver-alert':
        return processors['deliver-alert'](delivery.data, context);
      case 'escalate-alert':
        return processors['escalate-alert'](delivery.data, context);
      case 'scan':
        if (!processors.scan) return Promise.reject(new Error('This worker has no daily scan'));
        return processors.scan(delivery.data, context);
      default: {
        const _never: never = delivery;
        return Promise.reject(new Error(`Unknown job ${job.name}`));
      }
    }
  }

  /** An outage makes every connection complain many times a second; once per distinct message is enough. */
  private warn(message: string): void {
    if (message === this.lastError || this.closing) return;
    this.lastError = message;
    this.logger.warn(message);
  }
}
