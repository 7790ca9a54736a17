import { createHash } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { SAKSI_METRICS, type SaksiMetrics } from '@saksi/observability';
import { idempotentEventIds } from '@saksi/http';
import { catalogue, type Event } from '@saksi/events';
import {
  EVENT_STORE,
  type ExpectedVersion,
  type RecordedEvent,
  StreamVersionConflict,
  type StreamWriter,
} from '@saksi/event-store';
import { type Decider, fold } from '@saksi/programme';
import canonicalize from 'canonicalize';
import { CLOCK, type Clock } from './clock.port.js';
import type { CommandContext } from './command-context.js';
import { IdempotencyError } from './idempotency.errors.js';
import type { WriteOutcome } from './write-outcome.js';

const MAX_ATTEMPTS = 5;
const OUTSIDE_LIFECYCLE = new Set(['event.corrected', 'personal-data.erased']);

/**
 * Runs one command against one stream: load and fold its events, let the decider decide, validate the
 * new events against the catalogue and append them at the version that was read. A concurrent writer
 * makes the append conflict; the command is then decided again on the fresh history, so a decision is
 * always taken on what really happened before it.
 */
@Injectable()
export class CommandService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(SAKSI_METRICS) private readonly metrics?: SaksiMetrics,
  ) {}

  /** The same service writing through `writer`, e.g. an import's session (one transaction). */
  using(writer: StreamWriter): CommandService {
    return new CommandService(writer, this.clock, this.metrics);
  }

  async execute<C, E extends Event, S>(
    streamId: string,
    decider: Decider<C, E, S>,
    command: C,
    context: CommandContext,
    authorise: (state: S) => void = () => undefined,
  ): Promise<WriteOutcome> {
    return this.executeOnHistory(
      streamId,
      (history) => {
        // Corrections do not change a stream's lifecycle (projections apply them to the figures),
        // and neither does the erasure of a family's personal data.
        const state = fold(
          decider,
          history.filter((event) => !OUTSIDE_LIFECYCLE.has(event.type)).map(toDomainEvent) as E[],
        );
        authorise(state);
        return decider.decide(command, state);
      },
      context,
    );
  }

  /** For decisions that need the stream's events themselves (their ids), not a folded state. */
  async executeOnHistory(
    streamId: string,
    decide: (history: RecordedEvent[]) => Event[],
    context: CommandContext,
  ): Promise<WriteOutcome> {
    const fingerprint = requestFingerprint(context);
    const scope = context.idempotencyKey
      ? (context.idempotencyScope ?? `${context.actor.id}|${context.route}`)
      : undefined;
    if (scope && context.idempotencyKey) {
      const replay = await this.replay(streamId, scope, context.idempotencyKey, fingerprint);
      if (replay) return replay;
    }
    for (let attempt = 1; ; attempt++) {
      const history = await this.readWholeStream(streamId);
      const decided = decide(history).map((event) => catalogue.validate(event));
      const eventIds =
        scope && context.idempotencyKey
          ? idempotentEventIds(scope, context.idempotencyKey, decided.length)
          : [];
      const expected: ExpectedVersion = history.at(-1)?.streamVersion ?? 'no-stream';
      try {
        const result = await this.store.append(
          streamId,
          decided.map((event, index) => ({
            ...(eventIds[index] ? { eventId: eventIds[index] } : {}),
            type: event.type,
            schemaVersion: catalogue.currentVersion(event.type),
            data: event.data,
            metadata: {
              actor: context.actor.id,
              source: context.source,
              ...(eventIds[0] ? { correlationId: eventIds[0] } : {}),
              requestHash: fingerprint,
            },
            occurredAt: context.occurredAt ?? this.clock.now(),
          })),
          expected,
        );
        if (!result.duplicate)
          for (const event of decided) this.metrics?.eventsAppended.inc({ type: event.type });
        return {
          streamId,
          duplicate: result.duplicate,
          events: result.events.map((event, index) => ({ ...event, type: decided[index]!.type })),
        };
      } catch (error) {
        if (!(error instanceof StreamVersionConflict) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  /** A retried request answers what the first one recorded, even though the state has moved on. */
  private async replay(
    streamId: string,
    scope: string,
    key: string,
    fingerprint: string,
  ): Promise<WriteOutcome | undefined> {
    const [firstId] = idempotentEventIds(scope, key, 1);
    const [first] = await this.store.eventsById([firstId!]);
    if (!first) return undefined;
    if (first.streamId !== streamId || first.metadata.requestHash !== fingerprint) {
      throw IdempotencyError.keyReused(key);
    }
    const recorded = (await this.readWholeStream(streamId)).filter(
      (event) => event.metadata.correlationId === firstId,
    );
    return {
      streamId,
      duplicate: true,
      events: recorded.map(({ eventId, type, position, streamVersion, hash }) => ({
        eventId,
        type,
        position,
        streamVersion,
        hash,
      })),
    };
  }

  async readWholeStream(streamId: string): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for (;;) {
      const page = await this.store.readStream(streamId, { fromVersion: events.length + 1, limit: 10_000 });
      events.push(...page);
      if (page.length < 10_000) return events;
    }
  }
}

function toDomainEvent(event: RecordedEvent): Event {
  return catalogue.read(event);
}

function requestFingerprint(context: CommandContext): string {
  return createHash('sha256')
    .update(canonicalize({ route: context.route, request: context.request }) ?? '')
    .digest('hex');
}
