import type { Area } from '@saksi/area';
import type { ExpectedAlert } from '@saksi/anomalies';
import type { CommandActor } from './command-actor.js';
import type { GeneratedNewEvent } from './ledger-recorder.js';

/** One line of commands.ndjson: a request to the ledger's API, exactly as its routes take it. */
export interface ApiCommand {
  method: 'POST';
  /** Under /api/v1. */
  path: string;
  /** Send as the Idempotency-Key header: a UUID, as a citizen's must be. */
  idempotencyKey: string;
  actor: CommandActor;
  body: Record<string, unknown>;
  /**
   * Body fields that name an earlier event, by the Idempotency-Key of the command that recorded it:
   * a client puts in the event id the ledger answered that command with (the body holds the id the
   * event has when the log is appended directly, see generatedLog).
   */
  refs?: Record<string, string>;
}

/** One generated event in every form it is written in. */
export interface GeneratedEvent {
  streamId: string;
  /** The stream's version before this event, as CommandService appends at the version it read. */
  expectedVersion: number | 'no-stream';
  /** As the ledger appends it; its id derives from the command's Idempotency-Key. */
  event: GeneratedNewEvent;
  /** When the operator recorded it (the store stamps its own time; the sentinel judges backdating on this one). */
  recordedAt: Date;
  command: ApiCommand;
}

/** An alert the sentinel should raise, with where it was planted. */
export interface PlantedAlert extends ExpectedAlert {
  districtCode: string | null;
  villageCode: string | null;
}

/** A village's year (or, first, the programme's own events: village null), in log order. */
export interface GeneratedVillage {
  village: Area | null;
  /** Families registered, planted ones included. */
  families: number;
  events: GeneratedEvent[];
  /** The anomalies planted here (one spanning villages is listed with the first it names). */
  planted: PlantedAlert[];
}
