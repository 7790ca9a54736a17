import { applyExactlyOnce, type DeliveredEvent, LogEventConsumer } from '@saksi/consumers';
import type { Pseudonymise } from '@saksi/events';
import type { LogReader } from '@saksi/event-store';
import type { DataSource } from 'typeorm';
import type { Projection } from '../projection.js';
import { PROJECTION_BATCH } from './projection-batch.js';
import { ReadAheadFeed } from './read-ahead-feed.js';

interface Waiter {
  projection: Projection;
  position: number;
  resolve: () => void;
  reject: (error: Error) => void;
  deadline: number;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * The read models of one process following the log together. Each batch is read and turned into
 * delivered events once (see ReadAheadFeed), since that round trip through the relay's format costs
 * more than applying the events, then applied to every read model in an exactly-once transaction of
 * its own, side by side; they all get the same delivered events, which no read model changes. A read
 * model whose batch fails leaves the group and follows the log on its own from its own checkpoint (a
 * LogEventConsumer, retrying as it does), so it holds none of the others back.
 */
export class SharedLogFeed {
  private readonly applied = new Map<Projection, number>();
  private readonly alone = new Map<Projection, LogEventConsumer>();
  private readonly waiters = new Set<Waiter>();
  private feed: ReadAheadFeed | undefined;

  constructor(
    private readonly reader: LogReader,
    private readonly dataSource: DataSource,
    private readonly projections: readonly Projection[],
    private readonly pseudonymise: Pseudonymise,
  ) {}

  async start(): Promise<this> {
    const rows = await this.dataSource.query<{ consumer: string; position: string }[]>(
      'select consumer, position from consumer_position where consumer = any($1)',
      [this.projections.map((projection) => projection.name)],
    );
    const checkpoints = new Map(rows.map((row) => [row.consumer, Number(row.position)]));
    for (const projection of this.projections)
      this.applied.set(projection, checkpoints.get(projection.name) ?? 0);
    const positions = [...this.applied.values()];
    this.feed = new ReadAheadFeed(this.reader, this.pseudonymise, (events) => this.apply(events), {
      from: positions.length > 0 ? Math.min(...positions) : 0,
      batchSize: PROJECTION_BATCH,
      idleWaitMs: 100,
    }).start();
    return this;
  }

  /** Resolves once every read model has applied the log up to `position`. */
  async waitFor(position: number, timeoutMs = 30_000): Promise<void> {
    await Promise.all(this.projections.map((projection) => this.waitForOne(projection, position, timeoutMs)));
  }

  async stop(): Promise<void> {
    // The feed finishes its batch first, so a read model leaving the group meanwhile is stopped too.
    await this.feed?.stop();
    await Promise.all([...this.alone.values()].map((consumer) => consumer.stop()));
  }

  private async apply(events: DeliveredEvent[]): Promise<void> {
    const first = events[0]!.position;
    const last = events[events.length - 1]!.position;
    await Promise.all(
      [...this.applied]
        .filter(([, position]) => position < last)
        .map(async ([projection, position]) => {
          // Behind this batch, it would miss events: it catches up on its own.
          const applied = position >= first - 1 && (await this.applyTo(projection, events, position));
          if (!applied) await this.goAlone(projection);
        }),
    );
    for (const waiter of this.waiters) this.settle(waiter);
  }

  private async applyTo(
    projection: Projection,
    events: DeliveredEvent[],
    position: number,
  ): Promise<boolean> {
    const fresh = events.filter((event) => event.position > position);
    try {
      await applyExactlyOnce(this.dataSource, projection, fresh);
    } catch {
      return false;
    }
    this.applied.set(projection, fresh[fresh.length - 1]!.position);
    return true;
  }

  /** Should its consumer fail to start, the read model stays behind in the group and tries again. */
  private async goAlone(projection: Projection): Promise<void> {
    const consumer = new LogEventConsumer(
      this.reader,
      this.dataSource,
      projection,
      this.pseudonymise,
      PROJECTION_BATCH,
    );
    this.alone.set(projection, await consumer.start());
    this.applied.delete(projection);
  }

  private waitForOne(projection: Projection, position: number, timeoutMs: number): Promise<void> {
    const consumer = this.alone.get(projection);
    if (consumer) return consumer.waitFor(position, timeoutMs);
    if ((this.applied.get(projection) ?? -1) >= position) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        projection,
        position,
        resolve,
        reject,
        deadline: Date.now() + timeoutMs,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          const at = this.applied.get(projection);
          reject(new Error(`${projection.name} stuck at ${at}, waiting for ${position}`));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** Resolves a waiter whose read model got there, or hands it to the read model's own consumer. */
  private settle(waiter: Waiter): void {
    const consumer = this.alone.get(waiter.projection);
    const reached = (this.applied.get(waiter.projection) ?? -1) >= waiter.position;
    if (!consumer && !reached) return;
    this.waiters.delete(waiter);
    clearTimeout(waiter.timer);
    if (consumer)
      consumer
        .waitFor(waiter.position, Math.max(0, waiter.deadline - Date.now()))
        .then(waiter.resolve, waiter.reject);
    else waiter.resolve();
  }
}
