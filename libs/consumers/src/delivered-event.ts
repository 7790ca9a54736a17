/**
 * An event as a consumer receives it, from Kafka or straight from the log: the same shape either
 * way, with personal data already treated (see @saksi/events' personal-data policy).
 */
export interface DeliveredEvent {
  eventId: string;
  position: number;
  streamId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  /** When it happened in the field. */
  occurredAt: Date;
  /** When the log accepted it: far later than occurredAt means a backdated entry. */
  recordedAt: Date;
  /** The access key (or job) that recorded it. */
  actor: string;
  /** The system it came through: saksi-api, an import, a job. */
  origin: string;
  hash: string;
}
