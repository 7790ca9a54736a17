import canonicalize from 'canonicalize';
import type { AppendedEvent, AppendResult } from './append-result.js';
import type { RecordedEvent } from './event.js';
import { EventIdReused, StreamVersionConflict } from './event-store.errors.js';
import { type ExpectedVersion, expectedVersionMatches } from './expected-version.js';
import { chainHash } from './hash-chain.js';
import type { ValidEvent } from './new-event.validation.js';

/** One caller's append, already validated. */
export interface PendingAppend {
  streamId: string;
  events: ValidEvent[];
  expectedVersion: ExpectedVersion;
}

/** What the log held when the append lock was granted. */
export interface LogSnapshot {
  headPosition: number;
  headHash: string;
  /** The database's clock, the same for every event of the group. */
  now: Date;
  /** Current version of every stream the group touches (0 for a new stream). */
  streamVersions: ReadonlyMap<string, number>;
  /** Stored events among the ids callers chose, for recognising retries. */
  storedById: ReadonlyMap<string, RecordedEvent>;
}

export type AppendOutcome = { result: AppendResult } | { error: Error };

export interface AppendPlan {
  outcomes: AppendOutcome[];
  /** Every new event of the group, chained in order: one insert. */
  toInsert: RecordedEvent[];
}

/**
 * Decides a group of appends as if they had run one after the other in the given order: each is
 * checked against the stream versions and stored ids left by the ones before it, so putting
 * concurrent appends into one transaction (group commit) weakens no stream's expected-version check
 * and no retry's recognition. A refused append writes nothing and does not disturb the others.
 */
export function planAppends(appends: PendingAppend[], snapshot: LogSnapshot): AppendPlan {
  const versions = new Map(snapshot.streamVersions);
  const stored = new Map(snapshot.storedById);
  let position = snapshot.headPosition;
  let previousHash = snapshot.headHash;
  const toInsert: RecordedEvent[] = [];
  const outcomes = appends.map((append): AppendOutcome => {
    try {
      const replay = replayOf(append, stored);
      if (replay) return { result: replay };
      const current = versions.get(append.streamId) ?? 0;
      if (!expectedVersionMatches(append.expectedVersion, current))
        throw StreamVersionConflict.of(append.streamId, append.expectedVersion, current);
      let version = current;
      const recorded = append.events.map((event) => {
        const unhashed = {
          position: ++position,
          eventId: event.eventId,
          streamId: append.streamId,
          streamVersion: ++version,
          type: event.type,
          schemaVersion: event.schemaVersion,
          data: event.data,
          metadata: event.metadata,
          occurredAt: event.occurredAt,
          recordedAt: snapshot.now,
        };
        previousHash = chainHash(previousHash, unhashed);
        return { ...unhashed, hash: previousHash };
      });
      versions.set(append.streamId, version);
      for (const event of recorded) stored.set(event.eventId, event);
      toInsert.push(...recorded);
      return {
        result: {
          streamId: append.streamId,
          nextExpectedVersion: version,
          events: recorded.map(toAppended),
          duplicate: false,
        },
      };
    } catch (error) {
      return { error: error as Error };
    }
  });
  return { outcomes, toInsert };
}

/** The ids callers chose in these appends: only those can already be stored. */
export function chosenIds(appends: PendingAppend[]): string[] {
  return appends.flatMap((append) =>
    append.events.filter((event) => event.callerChoseId).map((event) => event.eventId),
  );
}

/** The first result again when every event id is already stored with the same content. */
function replayOf(
  append: PendingAppend,
  stored: ReadonlyMap<string, RecordedEvent>,
): AppendResult | undefined {
  const found = append.events.flatMap((event) => {
    const match = event.callerChoseId ? stored.get(event.eventId) : undefined;
    return match ? [match] : [];
  });
  if (found.length === 0) return undefined;
  const sameRequest =
    found.length === append.events.length &&
    append.events.every((event, index) => sameContent(found[index]!, append.streamId, event));
  if (!sameRequest) throw EventIdReused.withIds(found.map((event) => event.eventId));
  return {
    streamId: append.streamId,
    nextExpectedVersion: Math.max(...found.map((event) => event.streamVersion)),
    events: found.map(toAppended),
    duplicate: true,
  };
}

function sameContent(stored: RecordedEvent, streamId: string, event: ValidEvent): boolean {
  const fingerprint = (
    e: Pick<RecordedEvent, 'streamId' | 'type' | 'schemaVersion' | 'data' | 'metadata' | 'occurredAt'>,
  ) =>
    canonicalize({
      streamId: e.streamId,
      type: e.type,
      schemaVersion: e.schemaVersion,
      data: e.data,
      metadata: e.metadata,
      occurredAt: e.occurredAt.toISOString(),
    });
  return fingerprint(stored) === fingerprint({ ...event, streamId });
}

function toAppended(event: RecordedEvent): AppendedEvent {
  return {
    eventId: event.eventId,
    position: event.position,
    streamVersion: event.streamVersion,
    hash: event.hash,
  };
}
