import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { ACCESS_SCHEMA, AccessKeyService, AccessModule } from '@saksi/access';
import { CONSUMERS_SCHEMA, LogEventConsumer } from '@saksi/consumers';
import { combineSchemas, openStorage, type Storage, StorageModule } from '@saksi/database';
import {
  EVENT_STORE,
  EVENT_STORE_SCHEMA,
  EventStoreModule,
  type PostgresEventStore,
} from '@saksi/event-store';
import { configureHttp } from '@saksi/http';
import { hmacPseudonymiser } from '@saksi/relay';
import { createTestDatabase, type TestDatabase, waitUntil } from '@saksi/testing';
import { DELIVERY_SCHEMA } from './delivery.schema.js';
import { DeliveryModule } from './delivery.module.js';
import { DELIVERY_CONFIG } from './delivery-options.js';
import { alertDispatchHandler } from './dispatch/alert-dispatch.handler.js';
import { JOB_QUEUE } from './job-queue.port.js';
import { raiseTestAlert } from './testing/test-alerts.js';
import { dropRedisKeys } from './testing/throwaway-redis.js';
import { startWebhookReceiver, type WebhookReceiver } from './testing/webhook-receiver.js';

const REDIS_URL = process.env['SAKSI_TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const SECRET = 'an-admin-chosen-secret-of-32-characters-or-more';

describe('the alert delivery API (/api/v1), with BullMQ on Redis', () => {
  let database: TestDatabase;
  let storage: Storage;
  let app: NestExpressApplication;
  let dispatcher: LogEventConsumer;
  let receiver: WebhookReceiver;
  let base: string;
  const prefix = `saksi-test-${randomBytes(4).toString('hex')}`;
  const keys = { admin: '', inspector: '' };

  async function call(method: string, path: string, as?: keyof typeof keys, body?: unknown) {
    const response = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(as ? { authorization: `Bearer ${keys[as]}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, text };
  }

  beforeAll(async () => {
    database = await createTestDatabase('delivery_api');
    storage = await openStorage(
      { mode: 'postgres', url: database.url },
      combineSchemas([EVENT_STORE_SCHEMA, CONSUMERS_SCHEMA, ACCESS_SCHEMA, DELIVERY_SCHEMA]),
    );
    receiver = await startWebhookReceiver(SECRET);
    const moduleRef = await Test.createTestingModule({
      imports: [
        StorageModule.forStorage(storage),
        EventStoreModule.register(),
        AccessModule.register({ cacheTtlMs: 0 }),
        DeliveryModule.register({
          redisUrl: REDIS_URL,
          queuePrefix: prefix,
          queue: { attempts: 2, backoffMs: 50, reconnectDelayMs: 200 },
        }),
      ],
    }).compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
    configureHttp(app);
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    const access = app.get(AccessKeyService);
    keys.admin = (await access.issue({ role: 'admin', label: 'admin', createdBy: 'test' })).key;
    keys.inspector = (await access.issue({ role: 'inspector', label: 'inspektorat', createdBy: 'test' })).key;
    dispatcher = await new LogEventConsumer(
      app.get<PostgresEventStore>(EVENT_STORE),
      storage.dataSource,
      alertDispatchHandler(app.get(JOB_QUEUE), storage.dataSource, app.get(DELIVERY_CONFIG)),
      hmacPseudonymiser(randomBytes(32).toString('hex')),
    ).start();
  });

  afterAll(async () => {
    await dispatcher?.stop();
    await app?.close(); // closes the queue (DeliveryWorker) and the storage (StorageModule)
    await receiver?.close();
    await database?.drop();
    await dropRedisKeys(REDIS_URL, prefix);
  });

  it('lets an administrator subscribe an office, lists it without its secret, and removes it', async () => {
    const created = await call('POST', '/alert-subscriptions', 'admin', {
      name: 'Inspektorat Kabupaten Aceh Besar',
      region: '11.06',
      email: 'inspektorat@acehbesarkab.example',
      webhookUrl: 'https://inspektorat.example/saksi',
      webhookSecret: SECRET,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Inspektorat Kabupaten Aceh Besar',
      region: '11.06',
      signed: true,
    });
    expect(created.text).not.toContain(SECRET);

    const listed = await call('GET', '/alert-subscriptions', 'admin');
    expect(listed.body.subscriptions.map((s: { id: string }) => s.id)).toContain(created.body.id);
    expect(listed.text).not.toContain(SECRET);

    expect((await call('DELETE', `/alert-subscriptions/${created.body.id}`, 'admin')).status).toBe(204);
    const again = await call('DELETE', `/alert-subscriptions/${created.body.id}`, 'admin');
    expect({ status: again.status, code: again.body.code }).toEqual({
      status: 404,
      code: 'ALERT_SUBSCRIPTION.NOT_FOUND',
    });
  });

  it('refuses a subscription without a channel, with a short secret, or with a malformed region', async () => {
    const refused = [
      { name: 'Tanpa saluran', region: '11' },
      { name: 'Rahasia pendek', region: '11', webhookUrl: 'https://x.example/h', webhookSecret: 'short' },
      { name: 'Webhook tanpa rahasia', region: '11', webhookUrl: 'https://x.example/h' },
      { name: 'Wilayah salah', region: '11.1', email: 'a@b.example' },
    ];
    for (const body of refused) {
      const answer = await call('POST', '/alert-subscriptions', 'admin', body);
      expect({ status: answer.status, code: answer.body.code }).toEqual({
        status: 400,
        code: 'REQUEST.INVALID',
      });
    }
    expect(
      (
        await call('POST', '/alert-subscriptions', 'admin', {
          name: 'Negeri',
          region: '',
          email: 'pusat@x.example',
        })
      ).status,
    ).toBe(201);
  });

  it('is for administrators only', async () => {
    expect((await call('GET', '/alert-subscriptions')).status).toBe(401);
    expect((await call('GET', '/alert-subscriptions', 'inspector')).status).toBe(403);
    expect((await call('GET', '/alert-deliveries/dead-letters', 'inspector')).status).toBe(403);
  });

  it('shows a delivery that failed every attempt, and replays it once the receiver is fixed', async () => {
    const subscription = await call('POST', '/alert-subscriptions', 'admin', {
      name: 'Inspektorat Provinsi Sumatera Utara',
      region: '12',
      webhookUrl: receiver.url('/province'),
      webhookSecret: SECRET,
    });
    const alertId = await raiseTestAlert(app.get<PostgresEventStore>(EVENT_STORE), '12.01.01.2001', 'high');
    receiver.failFor(alertId, 'always');
    const deadLetters = async () =>
      (await call('GET', '/alert-deliveries/dead-letters', 'admin')).body.deadLetters as { id: string }[];
    await waitUntil(async () => (await deadLetters()).length > 0, 'the dead letter');

    const letter = (await deadLetters())[0]!;
    expect(letter).toMatchObject({
      name: 'deliver-alert',
      data: { alertId, level: 0, subscriptionId: subscription.body.id, channel: 'webhook' },
      attempts: 2,
    });
    const unknown = await call('POST', '/alert-deliveries/dead-letters/no-such-job/replay', 'admin');
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({
      status: 404,
      code: 'DEAD_LETTER.NOT_FOUND',
    });

    receiver.heal(alertId);
    expect(await call('POST', `/alert-deliveries/dead-letters/${letter.id}/replay`, 'admin')).toMatchObject({
      status: 200,
      body: { replayed: letter.id },
    });
    await waitUntil(
      async () =>
        (await storage.dataSource.query('select 1 from alert_delivery where alert_id = $1', [alertId]))
          .length === 1,
      'the replayed delivery',
    );
    expect(await deadLetters()).toEqual([]);
  });
});
