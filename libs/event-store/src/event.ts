/** Who did something, through which system, and in answer to what. */
export interface EventMetadata {
  /** The authenticated actor (operator, inspector, system job) that recorded the event. */
  actor: string;
  /** The system the action came from: Saksi's own API, an import from another register, a job. */
  source: string;
  /** Groups every event caused by one request or import. */
  correlationId?: string;
  /** The event or command that directly caused this one. */
  causationId?: string;
  /** SHA-256 of the request that recorded it, so a retried request can be told from a new one. */
  requestHash?: string;
}

/** An event as a caller hands it to the log. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  /** Chosen by the caller to make a retry harmless; a UUIDv7 is assigned when absent. */
  eventId?: string;
  type: Type;
  schemaVersion: number;
  data: Data;
  metadata: EventMetadata;
  /** When it happened in the field, which may be long before it reached Saksi. */
  occurredAt: Date;
}

/** An event as the log holds it: immutable, numbered and chained. */
export interface RecordedEvent<Type extends string = string, Data = unknown> {
  /** Gap-free, starting at 1, in commit order. */
  position: number;
  eventId: string;
  streamId: string;
  /** 1 for the first event of a stream, then +1 for each event. */
  streamVersion: number;
  type: Type;
  schemaVersion: number;
  data: Data;
  metadata: EventMetadata;
  occurredAt: Date;
  /** Database server time at append, truncated to milliseconds so it round-trips through JS. */
  recordedAt: Date;
  /** SHA-256 (hex) over the previous event's hash and this event's canonical form. */
  hash: string;
}

export interface LogHead {
  /** 0 for an empty log. */
  position: number;
  /** The genesis hash (64 zeros) for an empty log. */
  hash: string;
}
