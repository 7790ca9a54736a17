import type { RecordedEvent } from '../event.js';
import type { Sql } from '../postgres/sql.js';

/** One event's data on its way into the log, before it is hashed. */
export interface SealRequest {
  eventId: string;
  streamId: string;
  type: string;
  data: unknown;
}

/** The data as it will be stored and hashed, or why this event may not be stored. */
export type SealOutcome = { data: unknown } | { error: Error };

/**
 * Keeps some of the log's data (personal data) in a form that can be made unreadable later without
 * touching the log: the store seals an event's data before hashing it, so the hash chain covers the
 * sealed form and stays verifiable whatever is later destroyed, and opens it on every read. `sql`
 * runs inside the append's or the read's transaction when there is one (on the embedded database
 * the only connection is that transaction's).
 */
export interface EventSealer {
  seal(requests: readonly SealRequest[], sql: Sql): Promise<SealOutcome[]>;
  /** The events with their sealed fields opened, or left out where the key was destroyed. */
  open(events: RecordedEvent[], sql: Sql): Promise<RecordedEvent[]>;
}
