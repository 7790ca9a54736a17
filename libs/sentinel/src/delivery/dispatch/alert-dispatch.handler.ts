import type { DeliveredEvent, EventHandler } from '@saksi/consumers';
import { type AlertRaised, catalogue } from '@saksi/events';
import type { DataSource, EntityManager } from 'typeorm';
import type { DeliveryConfig } from '../delivery.config.js';
import { deliverAlertJob, escalateAlertJob, type QueuedJob } from '../delivery.jobs.js';
import type { JobQueue } from '../job-queue.port.js';
import { PostgresSubscriptionStore } from '../subscriptions/postgres-subscription.store.js';
import { subscriptionLevels } from '../subscriptions/subscription-levels.js';
import { escalationDelayMs } from './acknowledgement-deadline.js';

export const ALERT_DISPATCH = 'alert-dispatch';

/**
 * Turns each new alert (and each escalation) into delivery jobs: one per subscription and channel
 * of its level, and a delayed escalation for when its acknowledgement deadline passes.
 *
 * The jobs are enqueued inside the consumer's transaction, before its handled-event record commits:
 * when the queue cannot be reached (Redis is down) this throws, the batch is not recorded as handled,
 * and the consumer delivers it again later. Nothing is lost, because the alerts are in the log; and
 * a batch enqueued once before a failure is harmless when enqueued again, because job ids are
 * derived from their content.
 *
 * `dataSource` is unused for now (reads go through the batch's transaction); it is part of the
 * signature so a later version can read outside it without changing the wiring.
 */
export function alertDispatchHandler(
  queue: JobQueue,
  _dataSource: DataSource,
  config: DeliveryConfig,
): EventHandler {
  return {
    name: ALERT_DISPATCH,
    async handle(events: DeliveredEvent[], manager: EntityManager): Promise<void> {
      const jobs: QueuedJob[] = [];
      for (const event of events) {
        if (event.type !== 'alert.raised' && event.type !== 'alert.escalated') continue;
        const { data } = catalogue.upcast(event) as { data: { alertId: string; level?: number } };
        const raised =
          event.type === 'alert.raised'
            ? (data as AlertRaised['data'])
            : await raisedData(manager, data.alertId);
        if (!raised) continue;
        const level = data.level ?? 0;
        jobs.push(...(await jobsFor(manager, raised, level, event.recordedAt, config)));
      }
      if (jobs.length > 0) await queue.enqueue(jobs);
    },
  };
}

async function jobsFor(
  manager: EntityManager,
  alert: AlertRaised['data'],
  level: number,
  since: Date,
  config: DeliveryConfig,
): Promise<QueuedJob[]> {
  const levels = subscriptionLevels(
    await new PostgresSubscriptionStore(manager).covering(alert.villageCode),
    alert.villageCode,
  );
  const jobs: QueuedJob[] = [];
  for (const subscription of levels[level] ?? []) {
    const base = { alertId: alert.alertId, level, subscriptionId: subscription.id };
    if (subscription.email) jobs.push(deliverAlertJob({ ...base, channel: 'email' }));
    if (subscription.webhookUrl) jobs.push(deliverAlertJob({ ...base, channel: 'webhook' }));
  }
  // Only where someone wider could be told; the escalation job checks again when it runs.
  if (levels.length > level + 1)
    jobs.push(
      escalateAlertJob({ alertId: alert.alertId, level }, escalationDelayMs(config, alert.severity, since)),
    );
  return jobs;
}

/** The alert an escalation is about: its raised event, which the log holds before the escalation. */
async function raisedData(manager: EntityManager, alertId: string): Promise<AlertRaised['data'] | undefined> {
  const [row] = await manager.query<{ type: string; schema_version: number; data: unknown }[]>(
    "select type, schema_version, data from event_log where event_id = $1 and type = 'alert.raised'",
    [alertId],
  );
  if (!row) return undefined;
  return catalogue.upcast({ type: row.type, schemaVersion: row.schema_version, data: row.data })
    .data as AlertRaised['data'];
}
