import type { RecordedEvent } from '../event.js';
import type { LogReader } from '../event-store.port.js';

export type BatchHandler = (events: RecordedEvent[]) => Promise<void>;

export interface CatchUpOptions {
  /** Deliver events after this position. */
  from: number;
  batchSize?: number;
  /** How long to sleep when caught up, unless a local append wakes the subscription first. */
  idleWaitMs?: number;
  /** Called when a batch fails; the subscription retries the same batch after idleWaitMs. */
  onError?: (error: unknown) => void;
}

/**
 * Reads the log forward from a position and hands each batch to the handler, in position order,
 * moving on only once the handler has returned. Safe to resume from any position: the log's
 * positions are gap-free and only ever become visible in order (see the event_log migration), so
 * "everything after my position" never misses a row that a slower transaction commits later.
 */
export class CatchUpSubscription {
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private unsubscribe: (() => void) | undefined;
  private lastPosition: number;
  private readonly waiters = new Set<{ position: number; resolve: () => void }>();

  constructor(
    private readonly reader: LogReader,
    private readonly handle: BatchHandler,
    private readonly options: CatchUpOptions,
  ) {
    this.lastPosition = options.from;
  }

  /** The position of the last event the handler finished. */
  get position(): number {
    return this.lastPosition;
  }

  start(): this {
    if (this.running) return this;
    this.running = true;
    this.unsubscribe = this.reader.onAppended?.(() => this.wake?.());
    this.loop = this.run();
    return this;
  }

  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.wake?.();
    await this.loop;
  }

  /** Resolves once the subscription has handled everything up to `position`. */
  waitFor(position: number, timeoutMs = 30_000): Promise<void> {
    if (this.lastPosition >= position) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = {
        position,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`subscription stuck at ${this.lastPosition}, waiting for ${position}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Called as soon as a batch is handled, so a waiter learns of it without polling. */
  private advanced(): void {
    for (const waiter of this.waiters)
      if (waiter.position <= this.lastPosition) {
        this.waiters.delete(waiter);
        waiter.resolve();
      }
  }

  private async run(): Promise<void> {
    const batchSize = this.options.batchSize ?? 500;
    while (this.running) {
      let delivered = 0;
      try {
        const events = await this.reader.readAll({ after: this.lastPosition, limit: batchSize });
        if (events.length > 0) {
          await this.handle(events);
          this.lastPosition = events[events.length - 1]!.position;
          delivered = events.length;
          this.advanced();
        }
      } catch (error) {
        this.options.onError?.(error);
      }
      if (delivered < batchSize) await this.idle();
    }
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, this.options.idleWaitMs ?? 250);
      this.wake = done;
    });
  }
}
