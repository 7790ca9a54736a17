import type { DataSource } from 'typeorm';
import type { DeliveredEvent } from './delivered-event.js';
import type { EventHandler } from './event-handler.port.js';

export interface Applied {
  handled: number;
  /** Delivered again after a crash or a rebalance, and recognised. */
  skipped: number;
}

/**
 * Applies a batch exactly once: in one transaction, it records the events' ids for this handler
 * (ids already recorded are skipped), lets the handler write its effects, and moves the handler's
 * position. Kafka offsets (or the in-process checkpoint) are committed only after this commits, so a
 * crash in between delivers the batch again and the recorded ids make the second delivery harmless.
 */
export async function applyExactlyOnce(
  dataSource: DataSource,
  handler: EventHandler,
  events: DeliveredEvent[],
): Promise<Applied> {
  if (events.length === 0) return { handled: 0, skipped: 0 };
  return dataSource.transaction(async (manager) => {
    // Shared: instances of a consumer apply side by side; a projection rebuild takes it exclusively
    // to swap in its rows and handled-event set without a batch slipping in between.
    await manager.query('select pg_advisory_xact_lock_shared($1)', [consumerLockKey(handler.name)]);
    const fresh = await manager.query<{ event_id: string }[]>(
      `insert into consumer_handled_event (consumer, event_id, position)
       select $1, id, position from unnest($2::uuid[], $3::bigint[]) as e(id, position)
       on conflict do nothing
       returning event_id`,
      [handler.name, events.map((event) => event.eventId), events.map((event) => event.position)],
    );
    const freshIds = new Set(fresh.map((row) => row.event_id));
    const toHandle = events.filter((event) => freshIds.has(event.eventId));
    if (toHandle.length > 0) await handler.handle(toHandle, manager);
    await manager.query(
      `insert into consumer_position (consumer, position) values ($1, $2)
       on conflict (consumer) do update set position = greatest(consumer_position.position, excluded.position)`,
      [handler.name, Math.max(...events.map((event) => event.position))],
    );
    return { handled: toHandle.length, skipped: events.length - toHandle.length };
  });
}

/** The advisory lock that guards one consumer's effects (see applyExactlyOnce and rebuilds). */
export function consumerLockKey(consumer: string): string {
  let hash = 0n;
  for (const byte of Buffer.from(`saksi-consumer:${consumer}`))
    hash = (hash * 131n + BigInt(byte)) % 2n ** 62n;
  return hash.toString();
}
