import { consumerLockKey } from '@saksi/consumers';
import type { Pseudonymise } from '@saksi/events';
import type { DataSource } from 'typeorm';
import type { Projection } from '../projection.js';
import { feedFromLog } from './feed-from-log.js';
import { createPrivateTables } from './private-tables.js';

export interface RebuildReport {
  projection: string;
  events: number;
  position: number;
  rows: Record<string, number>;
  millis: number;
}

/**
 * Rebuilds a read model from position zero into private copies of its tables while the live ones
 * keep serving, then swaps in the new rows in the same transaction. The swap holds the projection's
 * lock exclusively, so no live batch is half-applied across it; it first catches up to the log's
 * head, which is beyond anything a live consumer can have handled, and replaces the handled-event
 * set with "every event up to that head", so a redelivered event is skipped and a newer one applied.
 * It is one transaction: a crash anywhere leaves the old read model as it was.
 */
export async function rebuildProjection(
  dataSource: DataSource,
  projection: Projection,
  pseudonymise: Pseudonymise,
): Promise<RebuildReport> {
  const [report] = await rebuildProjections(dataSource, [projection], pseudonymise);
  return report!;
}

/**
 * Rebuilds several read models as rebuildProjection does each, in one transaction that reads the log
 * once for all of them: reading and treating the events costs more than applying them.
 */
export async function rebuildProjections(
  dataSource: DataSource,
  projections: readonly Projection[],
  pseudonymise: Pseudonymise,
): Promise<RebuildReport[]> {
  const started = Date.now();
  return dataSource.transaction(async (manager) => {
    await createPrivateTables(
      manager,
      projections.flatMap((projection) => projection.tables),
    );
    const headNow = async () =>
      Number(
        (
          await manager.query<{ head: string }[]>('select coalesce(max(position), 0) as head from event_log')
        )[0]!.head,
      );
    let position = await headNow();
    let events = await feedFromLog(manager, projections, pseudonymise, { after: 0, upTo: position });

    // In one order whoever takes several, so two rebuilds cannot each wait for a lock the other holds.
    const locks = projections.map((projection) => consumerLockKey(projection.name)).sort();
    for (const lock of locks) await manager.query('select pg_advisory_xact_lock($1)', [lock]);
    const head = await headNow();
    events += await feedFromLog(manager, projections, pseudonymise, { after: position, upTo: head });
    position = head;

    const reports: RebuildReport[] = [];
    for (const projection of projections) {
      const rows: Record<string, number> = {};
      for (const table of projection.tables) {
        await manager.query(`delete from public.${table}`);
        const [moved] = await manager.query<{ rows: string }[]>(
          `with moved as (insert into public.${table} select * from pg_temp.${table} returning 1)
           select count(*) as rows from moved`,
        );
        rows[table] = Number(moved!.rows);
      }
      await manager.query('delete from consumer_handled_event where consumer = $1', [projection.name]);
      await manager.query(
        `insert into consumer_handled_event (consumer, event_id, position)
         select $1, event_id, position from event_log where position <= $2`,
        [projection.name, position],
      );
      await manager.query(
        `insert into consumer_position (consumer, position) values ($1, $2)
         on conflict (consumer) do update set position = greatest(consumer_position.position, excluded.position)`,
        [projection.name, position],
      );
      reports.push({ projection: projection.name, events, position, rows, millis: Date.now() - started });
    }
    return reports;
  });
}
