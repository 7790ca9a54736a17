import type { ExpectedVersion } from './expected-version.js';

export type EventStoreErrorCode =
  'STREAM.VERSION_CONFLICT' | 'EVENT.ID_REUSED' | 'EVENT.INVALID' | 'LOG.UNAVAILABLE';

/** The one error type of the event log; `code` is stable and machine-readable. */
export class EventStoreError extends Error {
  constructor(
    readonly code: EventStoreErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'EventStoreError';
  }
}

export class StreamVersionConflict extends EventStoreError {
  constructor(
    readonly streamId: string,
    readonly expectedVersion: ExpectedVersion,
    readonly actualVersion: number,
  ) {
    super(
      'STREAM.VERSION_CONFLICT',
      `Stream ${streamId} was expected at version ${String(expectedVersion)} but is at version ${actualVersion}: ` +
        'someone else recorded something first. Reload and try again.',
      { streamId, expectedVersion, actualVersion },
    );
    this.name = 'StreamVersionConflict';
  }

  static of(streamId: string, expected: ExpectedVersion, actual: number): StreamVersionConflict {
    return new StreamVersionConflict(streamId, expected, actual);
  }
}

export class EventIdReused extends EventStoreError {
  constructor(readonly eventIds: string[]) {
    super(
      'EVENT.ID_REUSED',
      `Event id ${eventIds.join(', ')} was already used for a different event; ` +
        'a retry must send exactly the same events with the same ids.',
      { eventIds },
    );
    this.name = 'EventIdReused';
  }

  static withIds(eventIds: string[]): EventIdReused {
    return new EventIdReused(eventIds);
  }
}

export class InvalidEvent extends EventStoreError {
  constructor(reason: string, details: Record<string, unknown> = {}) {
    super('EVENT.INVALID', reason, details);
    this.name = 'InvalidEvent';
  }

  static because(reason: string, details: Record<string, unknown> = {}): InvalidEvent {
    return new InvalidEvent(reason, details);
  }
}
