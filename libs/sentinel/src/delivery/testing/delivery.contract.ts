import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CONSUMERS_SCHEMA, LogEventConsumer } from '@saksi/consumers';
import { combineSchemas, openStorage, type Storage } from '@saksi/database';
import { EVENT_STORE_SCHEMA, PostgresEventStore } from '@saksi/event-store';
import { hmacPseudonymiser } from '@saksi/relay';
import { createTestDatabase, type TestDatabase, waitUntil } from '@saksi/testing';
import { HttpWebhookSender } from '../channels/http-webhook.sender.js';
import { SmtpEmailSender } from '../channels/smtp-email.sender.js';
import { DEFAULT_DELIVERY_CONFIG, type DeliveryConfig } from '../delivery.config.js';
import { DELIVERY_SCHEMA } from '../delivery.schema.js';
import { alertDispatchHandler } from '../dispatch/alert-dispatch.handler.js';
import type { JobQueue, JobQueueOptions } from '../job-queue.port.js';
import { deliveryProcessors } from '../processing/delivery-processors.js';
import type { AlertSubscription } from '../subscriptions/alert-subscription.js';
import { PostgresSubscriptionStore } from '../subscriptions/postgres-subscription.store.js';
import { startSmtpInbox, type SmtpInbox } from './smtp-inbox.js';
import { acknowledgeTestAlert, raiseTestAlert } from './test-alerts.js';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

export const VILLAGE = '11.01.01.2001';
export const WEBHOOK_SECRET = 'a-webhook-secret-of-at-least-32-characters';

/** Short enough to watch a retry, a dead letter and an escalation happen in a test. */
export const CONTRACT_QUEUE: JobQueueOptions = {
  attempts: 3,
  backoffMs: 100,
  concurrency: 4,
  scan: { dailyAt: '01:00' },
};

export const CONTRACT_CONFIG: DeliveryConfig = {
  ...DEFAULT_DELIVERY_CONFIG,
  // Critical alerts are the ones the escalation scenario watches; the others never escalate in a test.
  acknowledgeWithinMs: { critical: 1_500, high: 3_600_000, medium: 3_600_000, low: 3_600_000 },
  alertLinkBase: 'https://saksi.example/alerts/',
};

export interface DeliveryRow {
  alert_id: string;
  name: string;
  level: number;
  channel: string;
  attempts: number;
}

/**
 * What alert delivery promises, whichever queue carries the jobs: the same scenarios run against
 * BullMQ on Redis and against the in-process queue. The dispatcher follows the log in process, as
 * in the embedded default; through Kafka it is fed the same events.
 */
export function describeDeliveryContract(
  adapter: string,
  makeQueue: (options: JobQueueOptions) => JobQueue,
  cleanUp: () => Promise<void> = () => Promise.resolve(),
): void {
  describe(`alert delivery through the ${adapter} queue`, () => {
    let database: TestDatabase;
    let storage: Storage;
    let store: PostgresEventStore;
    let queue: JobQueue;
    let inbox: SmtpInbox;
    let receiver: WebhookReceiver;
    let email: SmtpEmailSender;
    let dispatcher: LogEventConsumer;
    const subscribed: Record<'district' | 'regency' | 'otherProvince', AlertSubscription> = {} as never;

    const deliveries = (alertId: string) =>
      storage.dataSource.query<DeliveryRow[]>(
        `select d.alert_id, s.name, d.level, d.channel, d.attempts
         from alert_delivery d join alert_subscription s on s.id = d.subscription_id
         where d.alert_id = $1 order by d.level, s.name, d.channel`,
        [alertId],
      );
    const deliveredCount = async (alertId: string, count: number) =>
      (await deliveries(alertId)).length >= count;

    beforeAll(async () => {
      database = await createTestDatabase(`delivery_${adapter}`);
      storage = await openStorage(
        { mode: 'postgres', url: database.url },
        combineSchemas([EVENT_STORE_SCHEMA, CONSUMERS_SCHEMA, DELIVERY_SCHEMA]),
      );
      store = new PostgresEventStore(storage.dataSource);
      inbox = await startSmtpInbox();
      receiver = await startWebhookReceiver(WEBHOOK_SECRET);
      const subscriptions = new PostgresSubscriptionStore(storage.dataSource);
      const office = (name: string, region: string, path: string) =>
        subscriptions.create({
          name,
          region,
          email: `${path}@inspektorat.example`,
          webhookUrl: receiver.url(`/${path}`),
          webhookSecret: WEBHOOK_SECRET,
        });
      subscribed.district = await office('Inspektorat Kecamatan', '11.01.01', 'district');
      subscribed.regency = await office('Inspektorat Kabupaten', '11.01', 'regency');
      subscribed.otherProvince = await office('Inspektorat Provinsi Sumut', '12', 'other-province');
      queue = makeQueue(CONTRACT_QUEUE);
      email = new SmtpEmailSender(inbox.url, CONTRACT_CONFIG.mailFrom);
      await queue.start(
        deliveryProcessors({
          store,
          dataSource: storage.dataSource,
          email,
          webhook: new HttpWebhookSender(),
          config: CONTRACT_CONFIG,
        }),
      );
      dispatcher = await new LogEventConsumer(
        store,
        storage.dataSource,
        alertDispatchHandler(queue, storage.dataSource, CONTRACT_CONFIG),
        hmacPseudonymiser(randomBytes(32).toString('hex')),
      ).start();
    });

    afterAll(async () => {
      await dispatcher?.stop();
      await queue?.close();
      email?.close();
      await inbox?.close();
      await receiver?.close();
      await storage?.close();
      await database?.drop();
      await cleanUp();
    });

    it('delivers a new alert to the district by e-mail and by signed webhook, and not to another province', async () => {
      const alertId = await raiseTestAlert(store, VILLAGE, 'high');
      await waitUntil(() => deliveredCount(alertId, 2), 'both deliveries to the district');

      expect(await deliveries(alertId)).toEqual([
        { alert_id: alertId, name: 'Inspektorat Kecamatan', level: 0, channel: 'email', attempts: 1 },
        { alert_id: alertId, name: 'Inspektorat Kecamatan', level: 0, channel: 'webhook', attempts: 1 },
      ]);
      const mail = inbox.messages.find((message) => message.text.includes(alertId));
      expect(mail?.to).toEqual(['district@inspektorat.example']);
      expect(mail?.subject).toContain('PAYMENT.NOT_APPROVED');
      expect(mail?.text).toContain('Desa: 11.01.01.2001');
      expect(mail?.text).toContain(`Open: https://saksi.example/alerts/${alertId}`);
      const calls = receiver.calls.filter((call) => call.alertId === alertId);
      expect(calls).toHaveLength(1);
      expect(calls[0]).toMatchObject({ path: '/district', verified: true, level: 0 });
      expect(calls[0]!.body).toEqual({
        alertId,
        ruleCode: 'PAYMENT.NOT_APPROVED',
        severity: 'high',
        villageCode: VILLAGE,
        programmeId: 'blt-2024',
        subject: 'kpm kpm-1',
        evidence: [3, 9],
        details: { period: '2024-03' },
        level: 0,
      });
      expect(
        inbox.messages.filter((message) => message.to.includes('other-province@inspektorat.example')),
      ).toEqual([]);
    });

    it('retries a webhook that fails twice, and records it delivered on the third attempt', async () => {
      const alertId = await raiseTestAlert(store, VILLAGE, 'high');
      receiver.failFor(alertId, 2);
      await waitUntil(() => deliveredCount(alertId, 2), 'the webhook to succeed on a retry');

      const webhook = (await deliveries(alertId)).find((row) => row.channel === 'webhook');
      expect(webhook).toMatchObject({ name: 'Inspektorat Kecamatan', attempts: 3 });
      const calls = receiver.calls.filter((call) => call.alertId === alertId);
      expect(calls.map((call) => call.status)).toEqual([500, 500, 204]);
      // One delivery, whatever the try: a receiver can drop a repeat by this id.
      expect(new Set(calls.map((call) => call.deliveryId)).size).toBe(1);
    });

    it('keeps a webhook that always fails as a dead letter, and delivers it when replayed once fixed', async () => {
      const alertId = await raiseTestAlert(store, VILLAGE, 'high');
      receiver.failFor(alertId, 'always');
      const deadLetterFor = async () =>
        (await queue.deadLetters()).find(
          (letter) => (letter.data as { alertId?: string }).alertId === alertId,
        );
      await waitUntil(async () => (await deadLetterFor()) !== undefined, 'the dead letter');

      const letter = (await deadLetterFor())!;
      expect(letter).toMatchObject({
        name: 'deliver-alert',
        data: { alertId, level: 0, subscriptionId: subscribed.district.id, channel: 'webhook' },
        attempts: CONTRACT_QUEUE.attempts,
      });
      expect(letter.reason).toMatch(/answered 500/);
      expect((await deliveries(alertId)).map((row) => row.channel)).toEqual(['email']);

      receiver.heal(alertId);
      expect(await queue.replay('no-such-job')).toBe(false);
      expect(await queue.replay(letter.id)).toBe(true);
      await waitUntil(() => deliveredCount(alertId, 2), 'the replayed webhook');
      expect((await deliveries(alertId)).find((row) => row.channel === 'webhook')).toMatchObject({
        attempts: 1,
      });
      expect((await queue.deadLetters()).map((dead) => dead.id)).not.toContain(letter.id);
    });

    it('escalates an unacknowledged alert to the regency as the sentinel, and leaves an acknowledged one', async () => {
      const ignored = await raiseTestAlert(store, VILLAGE, 'critical');
      const handled = await raiseTestAlert(store, VILLAGE, 'critical');
      await acknowledgeTestAlert(store, handled);

      await waitUntil(() => deliveredCount(ignored, 4), 'the escalated alert at the regency');
      const escalations = await storage.dataSource.query<
        { stream_id: string; data: { level: number; reason: string }; actor: string }[]
      >(
        `select stream_id, data, metadata->>'actor' as actor from event_log
         where type = 'alert.escalated' and stream_id in ($1, $2)`,
        [`alert-${ignored}`, `alert-${handled}`],
      );
      expect(escalations).toEqual([
        {
          stream_id: `alert-${ignored}`,
          data: {
            alertId: ignored,
            level: 1,
            reason: 'not acknowledged within 1.5 seconds / tidak diterima dalam 1.5 detik',
          },
          actor: 'sentinel',
        },
      ]);
      expect((await deliveries(ignored)).filter((row) => row.level === 1)).toEqual([
        { alert_id: ignored, name: 'Inspektorat Kabupaten', level: 1, channel: 'email', attempts: 1 },
        { alert_id: ignored, name: 'Inspektorat Kabupaten', level: 1, channel: 'webhook', attempts: 1 },
      ]);
      const escalatedMail = inbox.messages.find(
        (message) => message.text.includes(ignored) && message.to.includes('regency@inspektorat.example'),
      );
      expect(escalatedMail?.subject).toMatch(/Eskalasi tingkat 1/);

      // Both deadlines have passed by now; wait one more to be sure the acknowledged alert's job ran.
      await new Promise((resolve) => setTimeout(resolve, CONTRACT_CONFIG.acknowledgeWithinMs.critical));
      expect((await deliveries(handled)).map((row) => row.level)).toEqual([0, 0]);
    });
  });
}
