import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AccessModule } from '@saksi/access';
import { DEFAULT_SENTINEL_CONFIG } from '@saksi/anomalies';
import { DATA_SOURCE, openStorage, StorageModule } from '@saksi/database';
import { EVENT_STORE, EventStoreModule, PostgresCheckpointStore, type EventStore } from '@saksi/event-store';
import { LEDGER_SCHEMA, startLedger } from '@saksi/ledger';
import { ObservabilityModule } from '@saksi/observability';
import { bltDdRules } from '@saksi/programme';
import { hmacPseudonymiser, KafkaRelay } from '@saksi/relay';
import { SentinelModule } from '@saksi/sentinel';
import { Kafka, logLevel } from 'kafkajs';
import type { DataSource } from 'typeorm';
import type { LatencyFigure } from './command-latency.workload.js';
import { adminPoster, benchFamily } from './bench-api.js';
import { percentiles, steadyLatency } from './latency.js';

const PAYMENTS = Number(process.env['BENCH_ALERT_PAYMENTS'] ?? 100);
const RATE = Number(process.env['BENCH_ALERT_RATE'] ?? 10);

/**
 * From a payment recorded in the field to the inspector's webhook: the ledger, the sentinel's rules
 * (a payment to a family nobody approved), the alert in the log, the dispatcher, the job queue and
 * the signed webhook call. Each payment is its own anomaly, so each raises its own alert.
 */
export async function embeddedAlertLatency(): Promise<LatencyFigure> {
  const dataDir = mkdtempSync(join(tmpdir(), 'saksi-bench-alerts-'));
  const key = randomBytes(32).toString('hex');
  const app = await startLedger({
    storage: { mode: 'embedded', dataDir },
    port: 0,
    host: '127.0.0.1',
    applicationName: 'bench',
    sentinel: { feed: 'in-process', pseudonymKey: key, config: DEFAULT_SENTINEL_CONFIG, delivery: {} },
  });
  try {
    return { label: 'field event → inspector webhook, embedded (in process)', ...(await measure(app, app)) };
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The same through the cluster path: ledger → log → relay → Kafka → sentinel → log → Kafka → dispatcher → BullMQ → webhook. */
export async function clusterAlertLatency(databaseUrl: string): Promise<LatencyFigure> {
  const key = randomBytes(32).toString('hex');
  const ledger = await startLedger({
    storage: { mode: 'postgres', url: databaseUrl },
    port: 0,
    host: '127.0.0.1',
    applicationName: 'bench',
  });
  const topic = `bench-alerts-${randomBytes(3).toString('hex')}`;
  const kafka = new Kafka({
    clientId: 'saksi-bench',
    brokers: ['127.0.0.1:9092'],
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 6 }], waitForLeaders: true });
  const relay = await new KafkaRelay(
    ledger.get<EventStore>(EVENT_STORE),
    new PostgresCheckpointStore(ledger.get<DataSource>(DATA_SOURCE)),
    kafka.producer({ idempotent: true, maxInFlightRequests: 1 }),
    hmacPseudonymiser(key),
    { topic, source: '/saksi/bench', idleWaitMs: 20 },
  ).start();
  const storage = await openStorage({ mode: 'postgres', url: databaseUrl }, LEDGER_SCHEMA, {
    applicationName: 'bench-sentinel',
  });
  @Module({
    imports: [
      StorageModule.forStorage(storage),
      EventStoreModule.register(),
      AccessModule.register(),
      ObservabilityModule.forApp('bench-sentinel'),
      SentinelModule.register({
        config: DEFAULT_SENTINEL_CONFIG,
        pseudonymKey: key,
        feed: {
          kafka: { brokers: ['127.0.0.1:9092'], topic, clientId: 'bench-sentinel', groupPrefix: `${topic}.` },
        },
        delivery: { redisUrl: 'redis://127.0.0.1:6379', queuePrefix: topic },
      }),
    ],
  })
  class BenchSentinelModule {}
  const sentinel = await NestFactory.create<NestExpressApplication>(BenchSentinelModule, {
    logger: ['error'],
  });
  await sentinel.listen(0, '127.0.0.1');
  try {
    return {
      label: 'field event → inspector webhook, cluster (relay, Kafka, sentinel, BullMQ)',
      ...(await measure(ledger, sentinel)),
    };
  } finally {
    await sentinel.close();
    await relay.stop();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
    await ledger.close();
  }
}

async function measure(ledger: NestExpressApplication, deliveryApp: NestExpressApplication) {
  const post = await adminPoster(ledger);
  // Each webhook call names the evidence: the payment's position resolves its waiter.
  const waiting = new Map<number, () => void>();
  const arrived = new Set<number>();
  const receiver: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      for (const position of (JSON.parse(body) as { evidence: number[] }).evidence) {
        arrived.add(position);
        waiting.get(position)?.();
      }
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  try {
    await post(deliveryApp, '/alert-subscriptions', {
      name: 'Inspektorat',
      region: '11.01',
      webhookUrl: `http://127.0.0.1:${(receiver.address() as { port: number }).port}/`,
      webhookSecret: randomBytes(24).toString('hex'),
    });
    const year = new Date().getFullYear();
    await post(ledger, '/programmes', {
      programmeId: 'blt',
      kind: 'BLT-DD',
      name: 'BLT',
      year,
      rules: bltDdRules(2024),
    });
    for (let index = 0; index < PAYMENTS; index++)
      await post(ledger, '/beneficiaries', benchFamily(index, 'blt'));
    const today = new Date().toISOString().slice(0, 10);
    const latencies = await steadyLatency(
      PAYMENTS,
      RATE,
      (index) =>
        post(ledger, `/beneficiaries/bench-${index}/payments`, {
          period: today.slice(0, 7),
          amount: 300_000,
          channel: 'cash',
          reference: `KW-${index}`,
          paidOn: today,
        }),
      (position) =>
        arrived.has(position)
          ? Promise.resolve()
          : new Promise<void>((resolve) => waiting.set(position, resolve)),
    );
    return percentiles(latencies);
  } finally {
    await new Promise((resolve) => receiver.close(resolve));
  }
}
