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
  occurredAt: Date;
  hash: string;
}
