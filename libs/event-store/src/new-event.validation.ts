import { v7 as uuidv7, validate as isUuid } from 'uuid';
import type { EventMetadata, NewEvent } from './event.js';
import { InvalidEvent } from './event-store.errors.js';
import type { ExpectedVersion } from './expected-version.js';
import { assertJsonValue, toStoredJson } from './json-value.js';

export const MAX_EVENTS_PER_APPEND = 10_000;
const STREAM_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,199}$/;
const EVENT_TYPE = /^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)+$/;
const METADATA_TEXT_LIMIT = 200;

/** An event checked and normalised to exactly what the log will store and hash. */
export interface ValidEvent {
  eventId: string;
  callerChoseId: boolean;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: EventMetadata;
  occurredAt: Date;
}

export function validateAppend(
  streamId: string,
  events: NewEvent[],
  expected: ExpectedVersion,
): ValidEvent[] {
  if (typeof streamId !== 'string' || !STREAM_ID.test(streamId)) {
    throw InvalidEvent.because('The stream id must be 1-200 letters, digits or . _ : @ -', { streamId });
  }
  if (!(expected === 'any' || expected === 'no-stream' || (Number.isInteger(expected) && expected >= 0))) {
    throw InvalidEvent.because(
      'The expected version must be a whole number of 0 or more, "any" or "no-stream"',
    );
  }
  if (!Array.isArray(events) || events.length === 0)
    throw InvalidEvent.because('Nothing to record: no events');
  if (events.length > MAX_EVENTS_PER_APPEND) {
    throw InvalidEvent.because(`At most ${MAX_EVENTS_PER_APPEND} events can be recorded at once`);
  }
  const valid = events.map((event, index) => validateEvent(event, `events[${index}]`));
  const ids = new Set(valid.map((event) => event.eventId));
  if (ids.size !== valid.length) throw InvalidEvent.because('The same event id appears twice in one append');
  return valid;
}

function validateEvent(event: NewEvent, path: string): ValidEvent {
  if (event.eventId !== undefined && !isUuid(event.eventId)) {
    throw InvalidEvent.because(`${path}.eventId must be a UUID`, { eventId: event.eventId });
  }
  if (typeof event.type !== 'string' || !EVENT_TYPE.test(event.type) || event.type.length > 100) {
    throw InvalidEvent.because(
      `${path}.type must be a dotted lower-case name such as "beneficiary.approved"`,
    );
  }
  if (!Number.isInteger(event.schemaVersion) || event.schemaVersion < 1) {
    throw InvalidEvent.because(`${path}.schemaVersion must be a whole number of 1 or more`);
  }
  if (!(event.occurredAt instanceof Date) || Number.isNaN(event.occurredAt.getTime())) {
    throw InvalidEvent.because(`${path}.occurredAt must be a valid date`);
  }
  if (event.data === undefined) throw InvalidEvent.because(`${path}.data is missing`);
  assertJsonValue(event.data, `${path}.data`);
  return {
    eventId: (event.eventId ?? uuidv7()).toLowerCase(),
    callerChoseId: event.eventId !== undefined,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: toStoredJson(event.data),
    metadata: validateMetadata(event.metadata, `${path}.metadata`),
    occurredAt: event.occurredAt,
  };
}

function validateMetadata(metadata: EventMetadata | undefined, path: string): EventMetadata {
  if (!metadata || typeof metadata !== 'object') throw InvalidEvent.because(`${path} is missing`);
  for (const field of ['actor', 'source'] as const) {
    const value = metadata[field];
    if (typeof value !== 'string' || value.length === 0 || value.length > METADATA_TEXT_LIMIT) {
      throw InvalidEvent.because(
        `${path}.${field} must be a non-empty text of at most ${METADATA_TEXT_LIMIT} characters`,
      );
    }
  }
  for (const field of ['correlationId', 'causationId'] as const) {
    const value = metadata[field];
    if (value !== undefined && (typeof value !== 'string' || value.length > METADATA_TEXT_LIMIT)) {
      throw InvalidEvent.because(
        `${path}.${field} must be a text of at most ${METADATA_TEXT_LIMIT} characters`,
      );
    }
  }
  assertJsonValue(metadata, path);
  return toStoredJson(metadata);
}
