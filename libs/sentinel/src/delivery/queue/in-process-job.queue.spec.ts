import { afterEach, describe, expect, it } from '@jest/globals';
import { waitUntil } from '@saksi/testing';
import { deliverAlertJob, escalateAlertJob } from '../delivery.jobs.js';
import type { JobProcessors } from '../job-queue.port.js';
import { InProcessJobQueue } from './in-process-job.queue.js';

const options = { attempts: 3, backoffMs: 20, concurrency: 2, scan: { everyMs: 30 } };
const delivery = deliverAlertJob({ alertId: 'a', level: 0, subscriptionId: 's', channel: 'webhook' });

describe('the in-process job queue', () => {
  let queue: InProcessJobQueue;
  afterEach(() => queue?.close());

  function processors(overrides: Partial<JobProcessors> = {}): JobProcessors {
    return {
      'deliver-alert': () => Promise.resolve(),
      'escalate-alert': () => Promise.resolve(),
      ...overrides,
    };
  }

  it('runs a job enqueued twice once, and a delayed job only when due', async () => {
    const ran: string[] = [];
    queue = new InProcessJobQueue(options);
    await queue.start(
      processors({
        'deliver-alert': (data) => Promise.resolve(void ran.push(`deliver ${data.alertId}`)),
        'escalate-alert': (data) => Promise.resolve(void ran.push(`escalate ${data.level}`)),
      }),
    );
    const enqueuedAt = Date.now();
    await queue.enqueue([delivery, escalateAlertJob({ alertId: 'a', level: 0 }, 100)]);
    await queue.enqueue([delivery]);
    await waitUntil(() => ran.length === 2, 'both jobs');
    expect(Date.now() - enqueuedAt).toBeGreaterThanOrEqual(95);
    expect(ran).toEqual(['deliver a', 'escalate 0']);
  });

  it('counts attempts across retries and keeps the last failure as a dead letter until replayed', async () => {
    const attempts: number[] = [];
    let healthy = false;
    queue = new InProcessJobQueue(options);
    await queue.start(
      processors({
        'deliver-alert': (_data, { attempt }) => {
          attempts.push(attempt);
          return healthy ? Promise.resolve() : Promise.reject(new Error('receiver down'));
        },
      }),
    );
    await queue.enqueue([delivery]);
    await waitUntil(async () => (await queue.deadLetters()).length === 1, 'the dead letter');
    expect(attempts).toEqual([1, 2, 3]);
    expect(await queue.deadLetters()).toMatchObject([
      { id: delivery.jobId, name: 'deliver-alert', reason: 'receiver down', attempts: 3 },
    ]);

    healthy = true;
    expect(await queue.replay(delivery.jobId)).toBe(true);
    await waitUntil(() => attempts.length === 4, 'the replay');
    expect(attempts.at(-1)).toBe(1);
    expect(await queue.deadLetters()).toEqual([]);
    expect(await queue.replay(delivery.jobId)).toBe(false);
  });

  it('runs the scan on its schedule', async () => {
    let scans = 0;
    queue = new InProcessJobQueue(options);
    await queue.start(processors({ scan: () => Promise.resolve(void scans++) }));
    await waitUntil(() => scans >= 2, 'two scans');
  });
});
