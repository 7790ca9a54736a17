import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { applyExactlyOnce, CONSUMERS_SCHEMA, deliverInProcess } from '@saksi/consumers';
import { combineSchemas, openStorage, type Storage } from '@saksi/database';
import { EVENT_STORE_SCHEMA, PostgresEventStore } from '@saksi/event-store';
import { hmacPseudonymiser } from '@saksi/relay';
import { createTestDatabase, type TestDatabase, waitUntil } from '@saksi/testing';
import { HttpWebhookSender } from './channels/http-webhook.sender.js';
import { UnconfiguredEmailSender } from './nest/unconfigured-email.sender.js';
import { DELIVERY_SCHEMA } from './delivery.schema.js';
import { ALERT_DISPATCH, alertDispatchHandler } from './dispatch/alert-dispatch.handler.js';
import { deliveryProcessors } from './processing/delivery-processors.js';
import { BullMqJobQueue } from './queue/bullmq-job.queue.js';
import { PostgresSubscriptionStore } from './subscriptions/postgres-subscription.store.js';
import {
  CONTRACT_CONFIG,
  CONTRACT_QUEUE,
  describeDeliveryContract,
  VILLAGE,
  WEBHOOK_SECRET,
} from './testing/delivery.contract.js';
import { raiseTestAlert } from './testing/test-alerts.js';
import { dropRedisKeys, startThrowawayRedis, type ThrowawayRedis } from './testing/throwaway-redis.js';
import { startWebhookReceiver, type WebhookReceiver } from './testing/webhook-receiver.js';

const REDIS_URL = process.env['SAKSI_TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const contractPrefix = `saksi-test-${randomBytes(4).toString('hex')}`;

describeDeliveryContract(
  'BullMQ',
  (options) =>
    new BullMqJobQueue({
      ...options,
      redisUrl: REDIS_URL,
      queueName: 'alerts',
      prefix: contractPrefix,
      reconnectDelayMs: 200,
    }),
  () => dropRedisKeys(REDIS_URL, contractPrefix),
);

describe('the daily scan in BullMQ', () => {
  it('runs on the job scheduler', async () => {
    const prefix = `saksi-test-${randomBytes(4).toString('hex')}`;
    const queue = new BullMqJobQueue({
      ...CONTRACT_QUEUE,
      scan: { everyMs: 200 },
      redisUrl: REDIS_URL,
      queueName: 'alerts',
      prefix,
      reconnectDelayMs: 200,
    });
    let scans = 0;
    try {
      await queue.start({
        'deliver-alert': () => Promise.resolve(),
        'escalate-alert': () => Promise.resolve(),
        scan: () => Promise.resolve(void scans++),
      });
      await waitUntil(() => scans >= 2, 'two scans');
    } finally {
      await queue.close();
      await dropRedisKeys(REDIS_URL, prefix);
    }
  });
});

describe('alert delivery when Redis goes down', () => {
  let database: TestDatabase;
  let storage: Storage;
  let store: PostgresEventStore;
  let redis: ThrowawayRedis;
  let queue: BullMqJobQueue;
  let receiver: WebhookReceiver;
  const pseudonymise = hmacPseudonymiser(randomBytes(32).toString('hex'));
  const handler = () => alertDispatchHandler(queue, storage.dataSource, CONTRACT_CONFIG);

  /** The batch a log consumer would hand the dispatcher: the alert's raised event. */
  const batchFor = async (alertId: string) =>
    (await store.eventsById([alertId])).map((event) => deliverInProcess(event, pseudonymise));
  const handled = async (alertId: string) =>
    (
      await storage.dataSource.query<unknown[]>(
        'select 1 from consumer_handled_event where consumer = $1 and event_id = $2',
        [ALERT_DISPATCH, alertId],
      )
    ).length;
  const delivered = async (alertId: string) =>
    (
      await storage.dataSource.query<{ attempts: number }[]>(
        'select attempts from alert_delivery where alert_id = $1',
        [alertId],
      )
    ).length;

  beforeAll(async () => {
    database = await createTestDatabase('delivery_redis_outage');
    storage = await openStorage(
      { mode: 'postgres', url: database.url },
      combineSchemas([EVENT_STORE_SCHEMA, CONSUMERS_SCHEMA, DELIVERY_SCHEMA]),
    );
    store = new PostgresEventStore(storage.dataSource);
    receiver = await startWebhookReceiver(WEBHOOK_SECRET);
    await new PostgresSubscriptionStore(storage.dataSource).create({
      name: 'Inspektorat Kecamatan',
      region: '11.01.01',
      webhookUrl: receiver.url('/district'),
      webhookSecret: WEBHOOK_SECRET,
    });
    redis = await startThrowawayRedis();
    queue = new BullMqJobQueue({
      ...CONTRACT_QUEUE,
      redisUrl: redis.url,
      queueName: 'alerts',
      prefix: 'outage',
      reconnectDelayMs: 200,
    });
    await queue.start(
      deliveryProcessors({
        store,
        dataSource: storage.dataSource,
        email: new UnconfiguredEmailSender(),
        webhook: new HttpWebhookSender(),
        config: CONTRACT_CONFIG,
      }),
    );
  });

  afterAll(async () => {
    await queue?.close();
    await redis?.stop();
    await receiver?.close();
    await storage?.close();
    await database?.drop();
  });

  it('fails the dispatcher’s batch while Redis is down, and delivers exactly once when it is back', async () => {
    // Working before the outage.
    const before = await raiseTestAlert(store, VILLAGE, 'high');
    await applyExactlyOnce(storage.dataSource, handler(), await batchFor(before));
    await waitUntil(async () => (await delivered(before)) === 1, 'the delivery before the outage');

    await redis.stop();
    const during = await raiseTestAlert(store, VILLAGE, 'high');
    await expect(applyExactlyOnce(storage.dataSource, handler(), await batchFor(during))).rejects.toThrow();
    expect(await handled(during)).toBe(0);

    await redis.start();
    // The consumer retries the batch until it goes through, as a log or Kafka consumer does.
    await waitUntil(async () => {
      try {
        await applyExactlyOnce(storage.dataSource, handler(), await batchFor(during));
        return true;
      } catch {
        return false;
      }
    }, 'the dispatcher to reach Redis again');
    expect(await handled(during)).toBe(1);
    await waitUntil(async () => (await delivered(during)) === 1, 'the delivery after the outage');

    // Delivered again, the batch is recognised: no second job, no second delivery.
    expect(await applyExactlyOnce(storage.dataSource, handler(), await batchFor(during))).toEqual({
      handled: 0,
      skipped: 1,
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await delivered(during)).toBe(1);
    expect(receiver.calls.filter((call) => call.alertId === during && call.status === 204)).toHaveLength(1);
  });

  it('starts while Redis is down, and works once it is up', async () => {
    await redis.stop();
    const cold = new BullMqJobQueue({
      ...CONTRACT_QUEUE,
      redisUrl: redis.url,
      queueName: 'alerts',
      prefix: 'cold',
      reconnectDelayMs: 200,
    });
    try {
      await cold.start(
        deliveryProcessors({
          store,
          dataSource: storage.dataSource,
          email: new UnconfiguredEmailSender(),
          webhook: new HttpWebhookSender(),
          config: CONTRACT_CONFIG,
        }),
      );
      const alertId = await raiseTestAlert(store, VILLAGE, 'high');
      const coldHandler = alertDispatchHandler(cold, storage.dataSource, CONTRACT_CONFIG);
      await expect(
        applyExactlyOnce(storage.dataSource, coldHandler, await batchFor(alertId)),
      ).rejects.toThrow();

      await redis.start();
      await waitUntil(async () => {
        try {
          await applyExactlyOnce(storage.dataSource, coldHandler, await batchFor(alertId));
          return true;
        } catch {
          return false;
        }
      }, 'the cold queue to reach Redis');
      await waitUntil(async () => (await delivered(alertId)) === 1, 'the cold queue’s worker to deliver');
    } finally {
      await cold.close();
    }
  });
});
