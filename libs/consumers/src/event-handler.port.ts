import type { EntityManager } from 'typeorm';
import type { DeliveredEvent } from './delivered-event.js';

/**
 * What a projector or the sentinel does with events. `handle` runs inside the transaction that also
 * records which events were handled, so whatever it writes through `manager` happens exactly once.
 */
export interface EventHandler {
  /** Stable: it names the consumer group, the checkpoint and the rows of handled events. */
  readonly name: string;
  handle(events: DeliveredEvent[], manager: EntityManager): Promise<void>;
}
