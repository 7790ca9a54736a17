import type { DeliveryJobName, DeliveryJobs, QueuedJob } from './delivery.jobs.js';

export const JOB_QUEUE = Symbol('JobQueue');

/** Which try this is (1 for the first), for the delivery record. */
export interface JobAttempt {
  jobId: string;
  attempt: number;
}

export type JobProcessor<N extends DeliveryJobName> = (
  data: DeliveryJobs[N],
  attempt: JobAttempt,
) => Promise<void>;

/** What the worker runs for each job; `scan` only where a daily scan was given. */
export type JobProcessors = { [N in Exclude<DeliveryJobName, 'scan'>]: JobProcessor<N> } & {
  scan?: JobProcessor<'scan'>;
};

/** A job that failed its last attempt, kept for an administrator to see and replay. */
export interface DeadLetter {
  id: string;
  name: DeliveryJobName;
  data: unknown;
  reason: string;
  attempts: number;
  failedAt: string | null;
}

/**
 * Where alert delivery's jobs wait: BullMQ on Redis in a deployment, timers in the embedded default.
 * Both retry a failed job with exponential backoff, run delayed jobs when due, ignore a job whose id
 * they already hold, and keep a job that failed every attempt as a dead letter.
 */
export interface JobQueue {
  /** Resolves only once every job is stored; rejects when the queue cannot be reached. */
  enqueue(jobs: QueuedJob[]): Promise<void>;
  /** Starts working the jobs (and the daily scan, when `processors.scan` is given). */
  start(processors: JobProcessors): Promise<void>;
  deadLetters(limit?: number): Promise<DeadLetter[]>;
  /** Runs a dead letter again with a fresh set of attempts; false when there is no such dead letter. */
  replay(id: string): Promise<boolean>;
  close(): Promise<void>;
}

/** When the daily scan runs: a time of day in WIB (Asia/Jakarta), or an interval (for tests). */
export type ScanSchedule = { dailyAt: string } | { everyMs: number };

export interface JobQueueOptions {
  /** Tries per job, the first included. */
  attempts: number;
  /** The first retry's delay; each further retry waits twice as long. */
  backoffMs: number;
  /** Jobs worked at the same time. */
  concurrency: number;
  scan: ScanSchedule;
}

export const DEFAULT_JOB_QUEUE_OPTIONS: JobQueueOptions = {
  // 30 s, 1, 2, 4, 8, 16, 32 min: about an hour of trying before an administrator is needed.
  attempts: 8,
  backoffMs: 30_000,
  concurrency: 4,
  scan: { dailyAt: '01:00' },
};
