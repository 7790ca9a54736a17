import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { dropRedisKeys } from '../../libs/sentinel/src/delivery/testing/throwaway-redis.js';
import { freePort } from './free-port.js';
import { processAlive } from './process-alive.js';
import { repoRoot } from './saksi-process.js';

const run = promisify(execFile);

export const CLUSTER_APPS = ['ledger', 'relay', 'projector', 'sentinel', 'portal'] as const;
export type ClusterApp = (typeof CLUSTER_APPS)[number];

/** The secrets cluster.sh keeps in its folder, by the variable the apps read them from. */
const SECRET_FILES = [
  ['SAKSI_PSEUDONYM_KEY', 'pseudonym.key'],
  ['SAKSI_PERSONAL_DATA_KEY', 'personal-data.key'],
] as const;

/** Where the apps find PostgreSQL, Kafka and Redis when the test runs them itself. */
export interface ClusterInfrastructure {
  /** The PostgreSQL server's URL, without a database. */
  postgres: string;
  kafkaBrokers: string;
  redisUrl: string;
}

export interface ClusterOptions {
  /** Names the database, topic, consumer groups and queues, with this run's id. */
  label: string;
  /** The test's own servers; without, the shared ones cluster.sh starts or joins. */
  infrastructure?: ClusterInfrastructure;
}

/**
 * The cluster topology exactly as `npm run cluster` starts it (deploy/cluster/cluster.sh), on a
 * database, topic, consumer groups and queues of its own. `start` again restarts whatever app is
 * not running, as an operator (or a supervisor) would after a crash.
 */
export class SaksiCluster {
  private constructor(
    private readonly dir: string,
    private readonly env: Record<string, string>,
    private readonly ports: Record<ClusterApp, number>,
    readonly databaseUrl: string,
    readonly topic: string,
    readonly groupPrefix: string,
  ) {}

  static async start(options: ClusterOptions): Promise<SaksiCluster> {
    const run = process.env['SAKSI_TEST_RUN'] ?? 'x';
    const suffix = randomBytes(3).toString('hex');
    const database = `saksi_test_${run}_${options.label}_${suffix}`;
    const topic = `saksi-test-${options.label}-${run}-${suffix}`;
    const ports = {} as Record<ClusterApp, number>;
    for (const app of CLUSTER_APPS) ports[app] = await freePort();
    const infrastructure = options.infrastructure;
    const server = infrastructure?.postgres ?? 'postgres://postgres@127.0.0.1:5432';
    const env: Record<string, string> = {
      SAKSI_CLUSTER_DB: database,
      SAKSI_CLUSTER_PG: server,
      LEDGER_PORT: String(ports.ledger),
      RELAY_PORT: String(ports.relay),
      PROJECTOR_PORT: String(ports.projector),
      SENTINEL_PORT: String(ports.sentinel),
      PORTAL_PORT: String(ports.portal),
      SAKSI_EVENTS_TOPIC: topic,
      SAKSI_CONSUMER_GROUP_PREFIX: `${topic}.`,
      SAKSI_QUEUE_PREFIX: topic,
      ...(infrastructure
        ? {
            SAKSI_CLUSTER_INFRA: 'external',
            KAFKA_BROKERS: infrastructure.kafkaBrokers,
            REDIS_URL: infrastructure.redisUrl,
          }
        : { SAKSI_CLUSTER_KEEP_KAFKA: '1' }),
    };
    const dir = mkdtempSync(join(tmpdir(), `saksi-${options.label}-`));
    env['SAKSI_CLUSTER_DIR'] = dir;
    const cluster = new SaksiCluster(dir, env, ports, `${server}/${database}`, topic, `${topic}.`);
    await cluster.start();
    return cluster;
  }

  url(app: ClusterApp): string {
    return `http://127.0.0.1:${this.ports[app]}`;
  }

  /** Starts every app that is not running and waits until each answers on /health. */
  async start(): Promise<void> {
    await this.script('start');
  }

  /** The pid cluster.sh recorded; the process may have died since. */
  pid(app: ClusterApp): number {
    return Number(readFileSync(join(this.dir, `${app}.pid`), 'utf8').trim());
  }

  /** kill -9: no shutdown hook runs, nothing is flushed or committed on the way out. */
  async kill(app: ClusterApp): Promise<void> {
    const pid = this.pid(app);
    process.kill(pid, 'SIGKILL');
    // cluster.sh restarts only what is gone, so wait until it is.
    while (processAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  /** The apps whose process is not there (any more). */
  dead(): ClusterApp[] {
    return CLUSTER_APPS.filter((app) => !processAlive(this.pid(app)));
  }

  /** The secrets cluster.sh gave the apps, as their variables: the CLI needs the same ones. */
  secrets(): Record<string, string> {
    const secrets: Record<string, string> = {};
    for (const [variable, file] of SECRET_FILES)
      if (existsSync(join(this.dir, file)))
        secrets[variable] = readFileSync(join(this.dir, file), 'utf8').trim();
    return secrets;
  }

  /** An app's own log, for a failure message. */
  log(app: ClusterApp): string {
    try {
      return readFileSync(join(this.dir, `${app}.log`), 'utf8');
    } catch {
      return '';
    }
  }

  /**
   * Stops the apps and drops the database; the apps' logs are kept in `keepLogsIn` when given (to
   * look into a failure).
   */
  async stop(keepLogsIn?: string): Promise<void> {
    try {
      await this.script('stop');
      const admin = new pg.Client({ connectionString: this.databaseUrl.replace(/\/[^/]+$/, '/postgres') });
      await admin.connect();
      await admin.query(`drop database if exists "${this.database}" with (force)`).finally(() => admin.end());
      // On the shared Redis, the alert queues of this cluster go too.
      if (!this.env['SAKSI_CLUSTER_INFRA'])
        await dropRedisKeys(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', this.topic);
    } finally {
      if (keepLogsIn)
        cpSync(this.dir, keepLogsIn, { recursive: true, filter: (file) => !file.endsWith('.key') });
      rmSync(this.dir, { recursive: true, force: true });
    }
  }

  private get database(): string {
    return this.env['SAKSI_CLUSTER_DB']!;
  }

  private async script(command: 'start' | 'stop'): Promise<void> {
    await run('bash', ['deploy/cluster/cluster.sh', command], {
      cwd: repoRoot,
      env: { ...process.env, ...this.env },
      timeout: 300_000,
    });
  }
}
