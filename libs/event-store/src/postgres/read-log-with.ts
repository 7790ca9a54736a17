import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../event.js';
import { sealerOf } from '../sealing/sealer-binding.js';
import { fromRawRow, RAW_EVENT_LOG_COLUMNS, type RawEventLogRow } from './event-log-row.mapper.js';
import { managerSql } from './sql.js';

export interface LogSlice {
  /** Events after this position. */
  after: number;
  /** Up to and including this position. */
  upTo: number;
  /** Only these streams; all when absent. */
  streamIds?: string[];
  /** Only these positions; all when absent. */
  positions?: number[];
  limit: number;
}

/**
 * Reads the log through a given transaction's manager: a rebuild or an "as of" query reads the log
 * inside the transaction that builds its private tables (on the embedded database, the only
 * connection is that transaction's). Sealed personal data is opened with the database's sealer (see
 * bindSealer), through the same transaction.
 */
export async function readLogWith(manager: EntityManager, slice: LogSlice): Promise<RecordedEvent[]> {
  const conditions = ['position > $1', 'position <= $2'];
  const parameters: unknown[] = [slice.after, slice.upTo];
  if (slice.positions) {
    parameters.push(slice.positions);
    conditions.push(`position = any($${parameters.length}::bigint[])`);
  }
  if (slice.streamIds) {
    parameters.push(slice.streamIds);
    conditions.push(`stream_id = any($${parameters.length}::text[])`);
  }
  parameters.push(slice.limit);
  const rows = await manager.query<RawEventLogRow[]>(
    `select ${RAW_EVENT_LOG_COLUMNS} from event_log where ${conditions.join(' and ')}
      order by position limit $${parameters.length}`,
    parameters,
  );
  const events = rows.map(fromRawRow);
  const sealer = sealerOf(manager.connection);
  return sealer && events.length > 0 ? sealer.open(events, managerSql(manager)) : events;
}
