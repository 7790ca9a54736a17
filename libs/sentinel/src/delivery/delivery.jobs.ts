/** How an alert reaches a subscriber. */
export type AlertChannel = 'email' | 'webhook';

export const ALERT_CHANNELS: readonly AlertChannel[] = ['email', 'webhook'];

/**
 * Every job of alert delivery, keyed by name. Producers (the dispatcher) name a job and its data;
 * only the worker knows the processors, so a producer never imports a consumer.
 */
export interface DeliveryJobs {
  /** Send one alert, at one escalation level, to one subscription, on one channel. */
  'deliver-alert': { alertId: string; level: number; subscriptionId: string; channel: AlertChannel };
  /** The alert's deadline at `level` has passed: pass it one level up unless someone acted. */
  'escalate-alert': { alertId: string; level: number };
  /** The daily scan of what no event announces (see ../scheduled-scan.ts). */
  scan: Record<string, never>;
}

export type DeliveryJobName = keyof DeliveryJobs;

export type DeliveryJob = { [N in DeliveryJobName]: { name: N; data: DeliveryJobs[N] } }[DeliveryJobName];

/**
 * A job as it is enqueued. The id is derived from the data, so enqueueing the same job again (a
 * dispatcher batch retried after a failure) is recognised by the queue and changes nothing.
 */
export type QueuedJob = DeliveryJob & { jobId: string; delayMs?: number };

export function deliverAlertJob(data: DeliveryJobs['deliver-alert']): QueuedJob {
  // BullMQ refuses ':' in custom ids; UUIDs have '-', so '_' separates the parts.
  const jobId = `deliver_${data.alertId}_${data.level}_${data.subscriptionId}_${data.channel}`;
  return { name: 'deliver-alert', data, jobId };
}

export function escalateAlertJob(data: DeliveryJobs['escalate-alert'], delayMs: number): QueuedJob {
  return { name: 'escalate-alert', data, jobId: `escalate_${data.alertId}_${data.level}`, delayMs };
}
