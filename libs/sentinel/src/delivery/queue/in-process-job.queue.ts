import { Logger } from '@nestjs/common';
import type { QueuedJob } from '../delivery.jobs.js';
import type { DeadLetter, JobProcessors, JobQueue, JobQueueOptions } from '../job-queue.port.js';
import { nextScanInMs, retryDelayMs } from './job-schedule.js';

type State = 'delayed' | 'waiting' | 'active' | 'completed' | 'failed';

interface Entry {
  job: QueuedJob;
  state: State;
  attemptsMade: number;
  reason?: string;
  failedAt?: Date;
}

/** Completed ids kept to recognise a job enqueued again; beyond this the delivery record still does. */
const COMPLETED_KEPT = 10_000;

/**
 * The embedded default's queue: the same semantics as the BullMQ one, in memory with timers (retries
 * with exponential backoff, delayed jobs, a known id enqueued again is ignored, a job that failed
 * every attempt stays as a dead letter until replayed, and the daily scan).
 *
 * What it cannot do is outlive the process: jobs waiting at a restart are gone, while the alerts
 * stay in the log and their dispatch is already recorded as handled.
 */
export class InProcessJobQueue implements JobQueue {
  private readonly logger = new Logger('AlertDelivery');
  private readonly entries = new Map<string, Entry>();
  private readonly completed: string[] = [];
  private readonly ready: Entry[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly active = new Set<Promise<void>>();
  private processors: JobProcessors | undefined;
  private closed = false;
  private scanRuns = 0;

  constructor(private readonly options: JobQueueOptions) {}

  enqueue(jobs: QueuedJob[]): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The job queue is closed'));
    for (const job of jobs) {
      if (this.entries.has(job.jobId)) continue;
      const entry: Entry = { job, state: 'delayed', attemptsMade: 0 };
      this.entries.set(job.jobId, entry);
      this.after(job.delayMs ?? 0, () => this.makeReady(entry));
    }
    return Promise.resolve();
  }

  start(processors: JobProcessors): Promise<void> {
    this.processors = processors;
    if (processors.scan) this.scheduleScan();
    this.pump();
    return Promise.resolve();
  }

  deadLetters(limit = 100): Promise<DeadLetter[]> {
    const failed = [...this.entries.values()].filter((entry) => entry.state === 'failed');
    failed.sort((a, b) => (b.failedAt?.getTime() ?? 0) - (a.failedAt?.getTime() ?? 0));
    return Promise.resolve(
      failed.slice(0, limit).map((entry) => ({
        id: entry.job.jobId,
        name: entry.job.name,
        data: entry.job.data,
        reason: entry.reason ?? '',
        attempts: entry.attemptsMade,
        failedAt: entry.failedAt?.toISOString() ?? null,
      })),
    );
  }

  replay(id: string): Promise<boolean> {
    const entry = this.entries.get(id);
    if (!entry || entry.state !== 'failed') return Promise.resolve(false);
    entry.attemptsMade = 0;
    delete entry.reason;
    delete entry.failedAt;
    this.makeReady(entry);
    return Promise.resolve(true);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.active]);
  }

  private makeReady(entry: Entry): void {
    entry.state = 'waiting';
    this.ready.push(entry);
    this.pump();
  }

  private pump(): void {
    while (!this.closed && this.processors && this.active.size < this.options.concurrency) {
      const entry = this.ready.shift();
      if (!entry) return;
      const running: Promise<void> = this.run(entry).finally(() => {
        this.active.delete(running);
        this.pump();
      });
      this.active.add(running);
    }
  }

  private async run(entry: Entry): Promise<void> {
    entry.state = 'active';
    try {
      await this.process(entry.job, entry.attemptsMade + 1);
      entry.state = 'completed';
      this.remember(entry.job.jobId);
    } catch (error) {
      entry.attemptsMade++;
      entry.reason = (error as Error).message;
      if (entry.attemptsMade < this.options.attempts) {
        entry.state = 'delayed';
        this.after(retryDelayMs(this.options.backoffMs, entry.attemptsMade), () => this.makeReady(entry));
      } else {
        entry.state = 'failed';
        entry.failedAt = new Date();
        this.logger.warn(`Job ${entry.job.jobId} failed ${entry.attemptsMade} times: ${entry.reason}`);
      }
    }
  }

  private process(job: QueuedJob, attempt: number): Promise<void> {
    const processors = this.processors!;
    const context = { jobId: job.jobId, attempt };
    switch (job.name) {
      case 'deliver-alert':
        return processors['deliver-alert'](job.data, context);
      case 'escalate-alert':
        return processors['escalate-alert'](job.data, context);
      case 'scan':
        if (!processors.scan) return Promise.reject(new Error('This worker has no daily scan'));
        return processors.scan(job.data, context);
      default: {
        const _never: never = job;
        return Promise.reject(new Error('unknown job'));
      }
    }
  }

  private remember(jobId: string): void {
    this.completed.push(jobId);
    while (this.completed.length > COMPLETED_KEPT) this.entries.delete(this.completed.shift()!);
  }

  private scheduleScan(): void {
    this.after(nextScanInMs(this.options.scan), () => {
      // A scan still retrying when the next is due gets its own id: each day is judged.
      void this.enqueue([{ name: 'scan', data: {}, jobId: `scan_${Date.now()}_${this.scanRuns++}` }]);
      this.scheduleScan();
    });
  }

  /** Timers do not keep the process alive: the app's server does, and a closed queue clears them. */
  private after(delayMs: number, work: () => void): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.closed) work();
    }, delayMs);
    timer.unref();
    this.timers.add(timer);
  }
}
