import { deliverInProcess, type DeliveredEvent } from '@saksi/consumers';
import type { Pseudonymise } from '@saksi/events';
import type { LogReader } from '@saksi/event-store';

export interface ReadAheadOptions {
  /** Deliver events after this position. */
  from: number;
  batchSize: number;
  /** How long to sleep when caught up, unless a local append wakes the feed first. */
  idleWaitMs: number;
}

/**
 * Reads the log forward in batches and hands each to the handler delivered as Kafka would carry it,
 * as a catch-up subscription does, but after a full batch it reads and delivers the next one while
 * the handler applies this one: reading and delivering keep this process busy about as long as
 * applying keeps the database, so the two overlap. Positions are gap-free and become visible in
 * order, so a batch read early is as good as one read late. A batch the handler fails on is handed
 * to it again after a pause.
 */
export class ReadAheadFeed {
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly reader: LogReader,
    private readonly pseudonymise: Pseudonymise,
    private readonly handle: (events: DeliveredEvent[]) => Promise<void>,
    private readonly options: ReadAheadOptions,
  ) {}

  start(): this {
    if (this.running) return this;
    this.running = true;
    this.unsubscribe = this.reader.onAppended?.(() => this.wake?.());
    this.loop = this.run();
    return this;
  }

  /** Returns once the batch in hand is applied and no read is under way. */
  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    let after = this.options.from;
    let ahead: Promise<DeliveredEvent[]> | undefined;
    let failed: DeliveredEvent[] | undefined;
    while (this.running) {
      // A batch the handler failed on comes again; the batch read ahead after it is still the next.
      const events = failed ?? (await (ahead ?? this.read(after)).catch(() => undefined));
      if (!failed) ahead = undefined;
      const full = events !== undefined && events.length === this.options.batchSize;
      if (full && !ahead) ahead = this.read(events[events.length - 1]!.position);
      failed = undefined;
      if (events && events.length > 0)
        try {
          await this.handle(events);
          after = events[events.length - 1]!.position;
        } catch {
          failed = events;
        }
      if (!full || failed) await this.idle();
    }
    await ahead?.catch(() => undefined);
  }

  private read(after: number): Promise<DeliveredEvent[]> {
    const batch = this.reader
      .readAll({ after, limit: this.options.batchSize })
      .then((events) => events.map((event) => deliverInProcess(event, this.pseudonymise)));
    // A failed read is dealt with where the batch is awaited, which may be after this one's turn.
    batch.catch(() => undefined);
    return batch;
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, this.options.idleWaitMs);
      this.wake = done;
    });
  }
}
