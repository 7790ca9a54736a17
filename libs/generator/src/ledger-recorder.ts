import { createHash } from 'node:crypto';
import { catalogue } from '@saksi/events';
import type { NewEvent } from '@saksi/event-store';
import { type CorrectionTarget, decideCorrection } from '@saksi/programme';
import canonicalize from 'canonicalize';
import type { ApiRoute } from './api-routes.js';

/** A NewEvent with the id the generator chose (from the command's Idempotency-Key). */
export type GeneratedNewEvent = NewEvent & { eventId: string };

interface StreamState {
  version: number;
  state: unknown;
  /** The stream's events so far, for a correction to name. */
  events: CorrectionTarget[];
}

/** Who recorded it, when it happened: what CommandService takes from the request's context. */
export interface RecordingContext {
  eventId: string;
  actor: string;
  occurredAt: Date;
}

/**
 * Turns commands into the events the ledger would append for them, as CommandService does: the
 * stream's decider decides on the state folded from its events (corrections left out), the catalogue
 * validates, and the metadata names the actor, the source and a fingerprint of the request. A
 * command the ledger would refuse is a flaw of the generator: it throws. Only the streams of the
 * district being generated are kept, and of the programme's stream only its state.
 */
export class LedgerRecorder {
  private readonly streams = new Map<string, StreamState>();

  constructor(private readonly keptStream: string) {}

  record(
    streamId: string,
    route: ApiRoute,
    context: RecordingContext,
  ): { event: GeneratedNewEvent; expectedVersion: number | 'no-stream' } {
    const stream = this.streams.get(streamId) ?? {
      version: 0,
      state: route.decider?.initialState,
      events: [],
    };
    this.streams.set(streamId, stream);
    const [decided, ...more] = route.decider
      ? route.decider.decide(route.command, stream.state)
      : decideCorrection(
          streamId,
          route.command.data as Parameters<typeof decideCorrection>[1],
          stream.events,
        );
    if (!decided || more.length > 0)
      throw new Error(`${route.route} on ${streamId} decided ${1 + more.length} events`);
    if (route.decider) stream.state = route.decider.evolve(stream.state, decided);
    const { type, data } = catalogue.validate(decided);
    stream.events.push({ eventId: context.eventId, type, data });
    const expectedVersion = stream.version === 0 ? 'no-stream' : stream.version;
    stream.version++;
    return {
      expectedVersion,
      event: {
        eventId: context.eventId,
        type,
        schemaVersion: catalogue.currentVersion(type),
        data,
        metadata: {
          actor: context.actor,
          source: 'saksi-api',
          correlationId: context.eventId,
          requestHash: requestHashOf(route.route, route.request),
        },
        occurredAt: context.occurredAt,
      },
    };
  }

  /** Forgets the district's streams: none of them is written to again. */
  endDistrict(): void {
    for (const [streamId, stream] of this.streams)
      if (streamId === this.keptStream) stream.events = [];
      else this.streams.delete(streamId);
  }
}

/** As the ledger fingerprints a request (CommandService): SHA-256 of its canonical JSON with the route. */
function requestHashOf(route: string, request: unknown): string {
  return createHash('sha256')
    .update(canonicalize({ route, request }) ?? '')
    .digest('hex');
}
