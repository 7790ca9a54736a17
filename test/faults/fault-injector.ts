import type { PrivateInfrastructure } from '../support/private-infrastructure.js';
import { CLUSTER_APPS, type ClusterApp, type SaksiCluster } from '../support/saksi-cluster.js';
import type { PlannedFault } from './fault-plan.js';
import type { LoadClient } from './load-client.js';
import type { SlowWebhook } from './slow-webhook.js';

/** What happened to one fault: whether it struck at the busy moment it aimed for, and at what. */
export interface InjectedFault {
  kind: PlannedFault['kind'];
  /** It struck at the moment it waited for (a burst under way, a lag, a delivery open). */
  aimed: boolean;
  detail: string;
  /** Apps that exited on their own during the outage and were started again. */
  exited: ClusterApp[];
  recoveryMs: number;
}

/** Counts the delivery jobs (ids `deliver_…`) in a list and two sorted sets, in one round trip. */
const COUNT_DELIVERIES = `
  local ids = redis.call('lrange', KEYS[1], 0, -1)
  for _, key in ipairs({ KEYS[2], KEYS[3] }) do
    for _, id in ipairs(redis.call('zrange', key, 0, -1)) do table.insert(ids, id) end
  end
  local count = 0
  for _, id in ipairs(ids) do
    if string.sub(id, 1, 8) == 'deliver_' then count = count + 1 end
  end
  return count`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Strikes each fault at its busy moment as well as a test can see it from outside: the ledger and
 * PostgreSQL during a burst of appends, the relay while it lags behind the log, the projector while
 * a read model lags (a batch under way), the sentinel and Redis while a webhook delivery is open.
 * Killed apps are started again at once (cluster.sh start), as a supervisor would; infrastructure
 * comes back after the planned outage.
 */
export class FaultInjector {
  constructor(
    private readonly cluster: SaksiCluster,
    private readonly infrastructure: PrivateInfrastructure,
    private readonly load: LoadClient,
    private readonly webhook: SlowWebhook,
  ) {}

  async inject(fault: PlannedFault): Promise<InjectedFault> {
    const { aimed, detail } = await this.strike(fault);
    const started = Date.now();
    if (!CLUSTER_APPS.includes(fault.kind as ClusterApp)) {
      await sleep(fault.outageMs);
      await this.bringBack(fault);
    }
    const exited = await this.recover(fault.kind);
    return { kind: fault.kind, aimed, detail, exited, recoveryMs: Date.now() - started };
  }

  private async strike(fault: PlannedFault): Promise<{ aimed: boolean; detail: string }> {
    const { postgres, kafka, redis } = this.infrastructure;
    switch (fault.kind) {
      case 'ledger':
      case 'postgres': {
        this.load.burst(48);
        const aimed = await this.within(3_000, () => this.load.inFlight >= 8);
        const inFlight = this.load.inFlight;
        if (fault.kind === 'ledger') await this.cluster.kill('ledger');
        else await postgres.crash();
        return { aimed, detail: `${inFlight} requests under way` };
      }
      case 'relay': {
        this.load.burst(64);
        const aimed = await this.within(5_000, async () => (await this.relayLag()) > 0);
        await this.cluster.kill('relay');
        return { aimed, detail: 'the relay behind the log' };
      }
      case 'projector': {
        this.load.burst(64);
        const aimed = await this.within(5_000, async () => (await this.projectorLag()) > 0);
        await this.cluster.kill('projector');
        return { aimed, detail: 'a read model behind the log' };
      }
      case 'sentinel': {
        const aimed = await this.within(20_000, () => this.webhook.open > 0);
        const open = this.webhook.open;
        await this.cluster.kill('sentinel');
        return { aimed, detail: `${open} webhook deliveries open` };
      }
      case 'redis': {
        // The inspectorate's server is down for a while: failed deliveries wait for their retry
        // (30 s on) in Redis and nowhere else, which is when a crash could lose them.
        this.webhook.unavailable = true;
        this.load.burst(64);
        const aimed = await this.within(30_000, async () => (await this.queuedDeliveries()) > 0);
        const queued = await this.queuedDeliveries();
        await redis.crash();
        this.webhook.unavailable = false;
        return { aimed, detail: `${queued} deliveries waiting in Redis` };
      }
      case 'kafka':
        if (fault.hard) await kafka.kill();
        else await kafka.stop();
        return { aimed: true, detail: fault.hard ? 'SIGKILL' : 'orderly stop' };
      default: {
        const _never: never = fault.kind;
        throw new Error(`unknown fault ${String(_never)}`);
      }
    }
  }

  private async bringBack(fault: PlannedFault): Promise<void> {
    const { postgres, kafka, redis } = this.infrastructure;
    if (fault.kind === 'postgres') await postgres.start();
    if (fault.kind === 'kafka') await kafka.start();
    if (fault.kind === 'redis') await redis.start();
  }

  /**
   * Starts whatever is not running (the killed app, and any app that exited on its own during an
   * outage) and waits until every app answers /health again.
   */
  private async recover(kind: PlannedFault['kind']): Promise<ClusterApp[]> {
    const exited = this.cluster.dead().filter((app) => app !== kind);
    await this.cluster.start();
    const answers = new Map<ClusterApp, string>();
    const healthy = await this.within(120_000, async () => {
      await Promise.all(
        CLUSTER_APPS.map(async (app) => {
          const answer = await fetch(`${this.cluster.url(app)}/health`, {
            signal: AbortSignal.timeout(5_000),
          })
            .then((response) => String(response.status))
            .catch((error: Error) => error.name);
          answers.set(app, answer);
        }),
      );
      return [...answers.values()].every((answer) => answer === '200');
    });
    if (!healthy)
      throw new Error(
        `the cluster did not recover from the ${kind} fault within 120 s: ${[...answers].map(([app, answer]) => `${app} ${answer}`).join(', ')}`,
      );
    return exited;
  }

  /**
   * Delivery jobs waiting, or waiting for a retry, in BullMQ's lists (the queue is named by the
   * cluster's prefix); the daily scan's next run waits there too and does not count.
   */
  private async queuedDeliveries(): Promise<number> {
    const queue = `${this.cluster.topic}:saksi-alerts`;
    const answer = await this.infrastructure.redis
      .command('eval', COUNT_DELIVERIES, '3', `${queue}:wait`, `${queue}:delayed`, `${queue}:prioritized`)
      .catch(() => '0');
    return Number(answer) || 0;
  }

  private async relayLag(): Promise<number> {
    const health = await this.health<{ lag: number }>('relay');
    return health?.lag ?? 0;
  }

  private async projectorLag(): Promise<number> {
    const health = await this.health<{ projections: { lagEvents: number }[] }>('projector');
    return Math.max(0, ...(health?.projections ?? []).map((projection) => projection.lagEvents));
  }

  private async health<T>(app: ClusterApp): Promise<T | undefined> {
    try {
      const response = await fetch(`${this.cluster.url(app)}/health`, { signal: AbortSignal.timeout(2_000) });
      return response.ok ? ((await response.json()) as T) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Polls until the condition holds: true if it did within the time, false if the time ran out. */
  private async within(ms: number, condition: () => boolean | Promise<boolean>): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      if (await condition()) return true;
      await sleep(2);
    }
    return false;
  }
}
