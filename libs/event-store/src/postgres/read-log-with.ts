import { And, In, LessThanOrEqual, MoreThan, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { RecordedEvent } from '../event.js';
import { EventLogRow } from './event-log.entity.js';
import { toRecordedEvent } from './event-log-row.mapper.js';

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
 * connection is that transaction's).
 */
export async function readLogWith(manager: EntityManager, slice: LogSlice): Promise<RecordedEvent[]> {
  const range = And(MoreThan(String(slice.after)), LessThanOrEqual(String(slice.upTo)));
  const where: FindOptionsWhere<EventLogRow> = {
    position: slice.positions ? And(range, In(slice.positions.map(String))) : range,
    ...(slice.streamIds ? { streamId: In(slice.streamIds) } : {}),
  };
  const rows = await manager
    .getRepository(EventLogRow)
    .find({ where, order: { position: 'ASC' }, take: slice.limit });
  return rows.map(toRecordedEvent);
}
