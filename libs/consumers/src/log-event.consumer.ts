import type { Pseudonymise } from '@saksi/events';
import { CatchUpSubscription, type LogReader } from '@saksi/event-store';
import type { DataSource } from 'typeorm';
import type { EventHandler } from './event-handler.port.js';
import { applyExactlyOnce } from './exactly-once.applier.js';
import { deliverInProcess } from './relay-message.reader.js';

/**
 * The embedded default's feed: the same handler, fed straight from the log in this process, from
 * the position stored with its effects (so it resumes where its last committed batch ended).
 */
export class LogEventConsumer {
  private subscription: CatchUpSubscription | undefined;

  constructor(
    private readonly reader: LogReader,
    private readonly dataSource: DataSource,
    private readonly handler: EventHandler,
    private readonly pseudonymise: Pseudonymise,
    /** Events per transaction; the subscription's default (500) unless the handler gains from more. */
    private readonly batchSize?: number,
  ) {}

  get position(): number {
    return this.subscription?.position ?? 0;
  }

  async start(): Promise<this> {
    const [row] = await this.dataSource.query<{ position: string }[]>(
      'select position from consumer_position where consumer = $1',
      [this.handler.name],
    );
    this.subscription = new CatchUpSubscription(
      this.reader,
      async (events) => {
        await applyExactlyOnce(
          this.dataSource,
          this.handler,
          events.map((event) => deliverInProcess(event, this.pseudonymise)),
        );
      },
      { from: row ? Number(row.position) : 0, idleWaitMs: 100, batchSize: this.batchSize },
    ).start();
    return this;
  }

  waitFor(position: number, timeoutMs?: number): Promise<void> {
    return this.subscription!.waitFor(position, timeoutMs);
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
  }
}
