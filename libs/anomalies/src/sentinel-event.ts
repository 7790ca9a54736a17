import type { SaksiEvent, SaksiEventType } from '@saksi/events';

/**
 * An event as the sentinel receives it: the structure of @saksi/consumers' DeliveredEvent, declared
 * here so that the anomaly rules depend on no library with I/O. Data is in its current schema version
 * and its personal fields are already treated: `head.nik` is an HMAC token (with `head.nikMasked`),
 * names are initials, birth dates only a year.
 */
export interface SentinelEvent {
  eventId: string;
  position: number;
  streamId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  occurredAt: Date;
  recordedAt: Date;
  actor: string;
  origin: string;
  hash: string;
}

export type DataOf<T extends SaksiEventType> = Extract<SaksiEvent, { type: T }>['data'];

/**
 * The data typed by its event type. A cast, not a check: the log validated the data when it was
 * written, and the treated fields are still strings where the schema has strings.
 */
export function dataOf<T extends SaksiEventType>(event: SentinelEvent, type: T): DataOf<T> | undefined {
  return (event.type === type ? event.data : undefined) as DataOf<T> | undefined;
}
