/** What every write answers: where the events went, so a client can cite and check them. */
export interface WriteOutcome {
  streamId: string;
  events: { eventId: string; type: string; position: number; streamVersion: number; hash: string }[];
  /** True when this was a retry of a request already recorded (same Idempotency-Key). */
  duplicate: boolean;
}
