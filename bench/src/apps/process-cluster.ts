import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PUBLIC_READERS_ENV } from '../page-latency.workload.js';
import {
  createAdminKey,
  pollingWatch,
  postAsAdmin,
  type ReadModelWatch,
  repoRoot,
  type RunningSaksi,
  SAKSI_APPS,
  type SaksiApp,
} from './running-saksi.js';

/**
 * The cluster topology exactly as `npm run cluster` starts it (deploy/cluster/cluster.sh): each app
 * its own process, on a database, topic, consumer groups and queues of its own, so a bench run never
 * meets a running cluster or a test suite on the same broker.
 */
export class ProcessCluster implements RunningSaksi {
  readonly label = 'cluster (npm run cluster)';

  private adminKey = '';

  private constructor(
    private readonly urls: Record<SaksiApp, string>,
    readonly databaseUrl: string,
    private readonly env: Record<string, string>,
    private readonly dir: string,
  ) {}

  static async start(): Promise<ProcessCluster> {
    const suffix = `${process.pid}_${randomBytes(3).toString('hex')}`;
    const topic = `saksi-bench-${suffix}`;
    const ports = Object.fromEntries(
      await Promise.all(SAKSI_APPS.map(async (app) => [app, await freePort()] as const)),
    ) as Record<SaksiApp, number>;
    const dir = mkdtempSync(join(tmpdir(), 'saksi-bench-cluster-'));
    const database = `saksi_bench_cluster_${suffix}`;
    const env = {
      SAKSI_CLUSTER_DIR: dir,
      SAKSI_CLUSTER_DB: database,
      LEDGER_PORT: String(ports.ledger),
      RELAY_PORT: String(ports.relay),
      PROJECTOR_PORT: String(ports.projector),
      SENTINEL_PORT: String(ports.sentinel),
      PORTAL_PORT: String(ports.portal),
      SAKSI_CONSUMER_GROUP_PREFIX: `${topic}.`,
      SAKSI_QUEUE_PREFIX: topic,
      SAKSI_EVENTS_TOPIC: topic,
      SAKSI_CLUSTER_KEEP_KAFKA: '1',
      ...PUBLIC_READERS_ENV,
    };
    const urls = Object.fromEntries(
      SAKSI_APPS.map((app) => [app, `http://127.0.0.1:${ports[app]}`]),
    ) as Record<SaksiApp, string>;
    const databaseUrl = `${adminUrl().replace(/\/[^/]*$/, '')}/${database}`;
    const cluster = new ProcessCluster(urls, databaseUrl, env, dir);
    try {
      execFileSync('bash', ['deploy/cluster/cluster.sh', 'start'], {
        cwd: repoRoot,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'ignore', 'inherit'],
        timeout: 300_000,
      });
      cluster.adminKey = createAdminKey({ DATABASE_URL: databaseUrl });
    } catch (error) {
      // Whatever started is stopped, so a failed bench leaves no processes behind.
      await cluster.stop();
      throw error;
    }
    return cluster;
  }

  url(app: SaksiApp): string {
    return this.urls[app];
  }

  processes() {
    return SAKSI_APPS.map((app) => ({
      name: app,
      pid: Number(readFileSync(join(this.dir, `${app}.pid`), 'utf8').trim()),
    }));
  }

  post(app: SaksiApp, path: string, body: unknown): Promise<number> {
    return postAsAdmin(this.urls[app], this.adminKey, path, body);
  }

  /**
   * Kafka partitions deliver out of log order, so "committed" is the projector's own record of
   * the event, read from PostgreSQL, not a position reached.
   */
  async watchReadModel(): Promise<ReadModelWatch> {
    const db = new pg.Client({ connectionString: this.databaseUrl });
    await db.connect();
    const watch = pollingWatch(async (waiting) => {
      const { rows } = await db.query<{ position: string }>(
        `select position from consumer_handled_event where consumer = 'beneficiaries' and position = any($1::bigint[])`,
        [waiting],
      );
      return rows.map((row) => Number(row.position));
    });
    return {
      arrival: (position) => watch.arrival(position),
      stop: () => {
        watch.stop();
        void db.end();
      },
    };
  }

  async stop(): Promise<void> {
    try {
      execFileSync('bash', ['deploy/cluster/cluster.sh', 'stop'], {
        cwd: repoRoot,
        env: { ...process.env, ...this.env },
        stdio: 'ignore',
        timeout: 120_000,
      });
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
      await dropDatabase(this.env['SAKSI_CLUSTER_DB']!);
    }
  }
}

const adminUrl = () => process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function dropDatabase(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
