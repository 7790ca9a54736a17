import type { EventMetadata, RecordedEvent } from '../event.js';
import type { EventLogRow } from './event-log.entity.js';

export function toRecordedEvent(row: EventLogRow): RecordedEvent {
  return {
    position: toSafeNumber(row.position),
    eventId: row.eventId,
    streamId: row.streamId,
    streamVersion: row.streamVersion,
    type: row.type,
    schemaVersion: row.schemaVersion,
    data: row.data,
    metadata: row.metadata as unknown as EventMetadata,
    occurredAt: row.occurredAt,
    recordedAt: row.recordedAt,
    hash: row.hash.toString('hex'),
  };
}

/** The columns as PostgreSQL hands them over, for reads that skip the ORM's entity building. */
export interface RawEventLogRow {
  position: string;
  event_id: string;
  stream_id: string;
  stream_version: number;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: EventMetadata;
  occurred_at: Date;
  recorded_at: Date;
  hash: Buffer;
}

export const RAW_EVENT_LOG_COLUMNS =
  'position, event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at, recorded_at, hash';

export function fromRawRow(row: RawEventLogRow): RecordedEvent {
  return {
    position: toSafeNumber(row.position),
    eventId: row.event_id,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    hash: row.hash.toString('hex'),
  };
}

/** Positions stay far below 2^53 (9 quadrillion events); past it we refuse rather than round. */
export function toSafeNumber(value: string | number): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number))
    throw new Error(`log position ${value} is beyond what this reader handles`);
  return number;
}
