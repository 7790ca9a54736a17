import type { LogReader } from '../event-store.port.js';
import { type BatchHandler, CatchUpSubscription, type CatchUpOptions } from './catch-up-subscription.js';
import type { CheckpointStore } from './checkpoint-store.port.js';

/**
 * A catch-up subscription that remembers, under a name, where it stopped. The checkpoint is saved
 * after the handler returns, so a crash in between delivers that batch again: handlers must be
 * idempotent (projections instead store their position in the same transaction as their change).
 */
export async function startDurableSubscription(
  name: string,
  reader: LogReader,
  checkpoints: CheckpointStore,
  handle: BatchHandler,
  options: Omit<CatchUpOptions, 'from'> = {},
): Promise<CatchUpSubscription> {
  const from = await checkpoints.load(name);
  return new CatchUpSubscription(
    reader,
    async (events) => {
      await handle(events);
      await checkpoints.save(name, events[events.length - 1]!.position);
    },
    { ...options, from },
  ).start();
}
