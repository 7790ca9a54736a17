import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DeliveredEvent } from '@saksi/consumers';
import { DATA_SOURCE } from '@saksi/database';
import { EVENT_STORE, PostgresCheckpointStore, type EventStore } from '@saksi/event-store';
import { startLedger } from '@saksi/ledger';
import { bltDdRules } from '@saksi/programme';
import { beneficiariesProjection, followKafka, InProcessProjectionFeed } from '@saksi/projections';
import { hmacPseudonymiser, KafkaRelay } from '@saksi/relay';
import { Kafka, logLevel } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import { adminPoster, benchFamily } from './bench-api.js';
import { percentiles, steadyLatency } from './latency.js';

export interface LatencyFigure {
  label: string;
  p50: number;
  p99: number;
  count: number;
}

const COMMANDS = Number(process.env['BENCH_LATENCY_COMMANDS'] ?? 300);
const RATE = Number(process.env['BENCH_LATENCY_RATE'] ?? 25);

/** Command → read model in the embedded default: HTTP, the log, the in-process feed, the read model. */
export async function embeddedCommandLatency(): Promise<LatencyFigure> {
  const dataDir = mkdtempSync(join(tmpdir(), 'saksi-bench-latency-'));
  const app = await startLedger({
    storage: { mode: 'embedded', dataDir },
    port: 0,
    host: '127.0.0.1',
    applicationName: 'bench',
    readSide: { feed: 'in-process', pseudonymKey: randomBytes(32).toString('hex') },
  });
  try {
    const feed = app.get(InProcessProjectionFeed);
    const latencies = await measure(app, (position) => feed.waitFor(position, 60_000));
    return { label: 'command → read model, embedded (in process)', ...percentiles(latencies) };
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Command → read model in the cluster topology: the ledger's HTTP API, the log in PostgreSQL, the
 * relay to Kafka, a projector consumer group, the read model in PostgreSQL.
 */
export async function clusterCommandLatency(databaseUrl: string): Promise<LatencyFigure> {
  const app = await startLedger({
    storage: { mode: 'postgres', url: databaseUrl },
    port: 0,
    host: '127.0.0.1',
    applicationName: 'bench',
  });
  const dataSource = app.get<DataSource>(DATA_SOURCE);
  const kafka = new Kafka({
    clientId: 'saksi-bench',
    brokers: ['127.0.0.1:9092'],
    logLevel: logLevel.NOTHING,
  });
  const topic = `bench-latency-${randomBytes(3).toString('hex')}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 6 }], waitForLeaders: true });
  const relay = await new KafkaRelay(
    app.get<EventStore>(EVENT_STORE),
    new PostgresCheckpointStore(dataSource),
    kafka.producer({ idempotent: true, maxInFlightRequests: 1 }),
    hmacPseudonymiser(randomBytes(32).toString('hex')),
    { topic, source: '/saksi/bench', idleWaitMs: 50 },
  ).start();
  // Positions whose effect is committed: stamped after the batch's transaction, not inside it.
  const inBatch: number[] = [];
  const committed = new Set<number>();
  const waiters = new Map<number, () => void>();
  const tracked = {
    ...beneficiariesProjection,
    async handle(events: DeliveredEvent[], manager: EntityManager) {
      await beneficiariesProjection.handle(events, manager);
      inBatch.push(...events.map((event) => event.position));
    },
  };
  const live = await followKafka(
    kafka,
    dataSource,
    topic,
    () => {
      for (const position of inBatch.splice(0)) {
        committed.add(position);
        waiters.get(position)?.();
      }
    },
    [tracked],
    `${topic}.`,
  );
  try {
    const latencies = await measure(app, (position) =>
      committed.has(position)
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.set(position, resolve)),
    );
    return {
      label: 'command → read model, cluster (ledger → relay → Kafka → projector)',
      ...percentiles(latencies),
    };
  } finally {
    await live.stop();
    await relay.stop();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
    await app.close();
  }
}

async function measure(
  app: NestExpressApplication,
  effect: (position: number) => Promise<void>,
): Promise<number[]> {
  const post = await adminPoster(app);
  await post(app, '/programmes', {
    programmeId: 'blt-2024',
    kind: 'BLT-DD',
    name: 'BLT 2024',
    year: 2024,
    rules: bltDdRules(2024),
  });
  return steadyLatency(
    COMMANDS,
    RATE,
    (index) => post(app, '/beneficiaries', benchFamily(index, 'blt-2024')),
    effect,
  );
}
