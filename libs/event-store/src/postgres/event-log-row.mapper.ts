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

/** Positions stay far below 2^53 (9 quadrillion events); past it we refuse rather than round. */
export function toSafeNumber(value: string | number): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number))
    throw new Error(`log position ${value} is beyond what this reader handles`);
  return number;
}
