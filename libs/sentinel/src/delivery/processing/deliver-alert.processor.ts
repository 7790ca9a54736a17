import type { StreamWriter } from '@saksi/event-store';
import type { DataSource } from 'typeorm';
import { alertEmail } from '../channels/alert-email.js';
import { alertNotice } from '../channels/alert-notice.js';
import type { EmailSender, WebhookSender } from '../channels/alert-senders.port.js';
import type { DeliveryConfig } from '../delivery.config.js';
import { DeliveryError } from '../delivery.errors.js';
import type { JobProcessor } from '../job-queue.port.js';
import { PostgresSubscriptionStore } from '../subscriptions/postgres-subscription.store.js';
import { raisedAlert } from './alert-history.js';
import { PostgresDeliveryRecords } from './postgres-delivery.records.js';

export interface DeliverAlertDeps {
  store: StreamWriter;
  dataSource: DataSource;
  email: EmailSender;
  webhook: WebhookSender;
  config: DeliveryConfig;
}

/**
 * Sends one alert to one subscription on one channel, then records it. A failure throws, and the
 * queue retries; a delivery already recorded (the job ran again) is not sent again. Sending and
 * recording are not one transaction, so a crash between them sends twice: at least once, never none.
 */
export function deliverAlertProcessor(deps: DeliverAlertDeps): JobProcessor<'deliver-alert'> {
  const records = new PostgresDeliveryRecords(deps.dataSource);
  const subscriptions = new PostgresSubscriptionStore(deps.dataSource);
  return async (delivery, { jobId, attempt }) => {
    if (await records.has(delivery)) return;
    const alert = await raisedAlert(deps.store, delivery.alertId);
    if (!alert) throw DeliveryError.alertMissing(delivery.alertId);
    const subscription = await subscriptions.get(delivery.subscriptionId);
    // Removed since the job was queued: no one is left to tell.
    if (!subscription) return;
    const notice = alertNotice(alert, delivery.level);
    if (delivery.channel === 'email') {
      if (!subscription.email) return;
      const link = `${deps.config.alertLinkBase.replace(/\/+$/, '')}/${alert.alertId}`;
      await deps.email.send(subscription.email, alertEmail(notice, link));
    } else {
      if (!subscription.webhookUrl || !subscription.webhookSecret) return;
      await deps.webhook.post(subscription.webhookUrl, subscription.webhookSecret, notice, jobId);
    }
    await records.record(delivery, attempt);
  };
}
