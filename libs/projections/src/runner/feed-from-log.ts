import { deliverInProcess, type EventHandler } from '@saksi/consumers';
import type { Pseudonymise } from '@saksi/events';
import { readLogWith } from '@saksi/event-store';
import type { EntityManager } from 'typeorm';
import { PROJECTION_BATCH } from './projection-batch.js';

/**
 * Feeds the log's events after `after` and up to `upTo` (of some streams, or all) to handlers,
 * inside the caller's transaction, treated for personal data exactly as Kafka would carry them.
 * Returns how many events were fed.
 */
export async function feedFromLog(
  manager: EntityManager,
  handlers: readonly EventHandler[],
  pseudonymise: Pseudonymise,
  slice: { after: number; upTo: number; streamIds?: string[] },
): Promise<number> {
  let after = slice.after;
  let fed = 0;
  for (;;) {
    const events = await readLogWith(manager, { ...slice, after, limit: PROJECTION_BATCH });
    if (events.length === 0) return fed;
    const delivered = events.map((event) => deliverInProcess(event, pseudonymise));
    for (const handler of handlers) await handler.handle(delivered, manager);
    fed += events.length;
    after = events[events.length - 1]!.position;
  }
}
