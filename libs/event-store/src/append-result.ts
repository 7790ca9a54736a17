export interface AppendedEvent {
  eventId: string;
  position: number;
  streamVersion: number;
  hash: string;
}

export interface AppendResult {
  streamId: string;
  /** The stream's version after this append: pass it as the next expected version. */
  nextExpectedVersion: number;
  events: AppendedEvent[];
  /** True when every event id was already in the log and nothing new was stored. */
  duplicate: boolean;
}
