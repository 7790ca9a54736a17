import type { AppendResult } from './append-result.js';
import type { LogHead, NewEvent, RecordedEvent } from './event.js';
import type { ExpectedVersion } from './expected-version.js';

export const EVENT_STORE = Symbol('EventStore');

export interface ReadAllOptions {
  /** Read events after this position (0 = from the beginning). */
  after?: number;
  limit?: number;
  /**
   * The events exactly as stored and hashed, sealed personal data left sealed: what verification
   * recomputes the chain over. By default sealed fields are opened (or left out once erased).
   */
  asStored?: boolean;
}

export interface ReadStreamOptions {
  fromVersion?: number;
  limit?: number;
}

/** The reading half: what a subscription, a projection or the verifier needs. */
export interface LogReader {
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  head(): Promise<LogHead>;
  /** Calls the listener after each local append commits; returns the unsubscribe function. */
  onAppended?(listener: (head: number) => void): () => void;
}

/** Appending and reading streams: what a command handler needs, inside a session or not. */
export interface StreamWriter {
  /**
   * Appends the events to one stream, all or none. Throws StreamVersionConflict when the stream is
   * not at `expectedVersion`, EventIdReused when an id was used for another event, InvalidEvent for
   * malformed input. Sending the same event ids again returns the first result.
   */
  append(streamId: string, events: NewEvent[], expectedVersion: ExpectedVersion): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** The stored events with these ids, in position order; ids not in the log are left out. */
  eventsById(eventIds: string[]): Promise<RecordedEvent[]>;
}

/** Appends inside one transaction: all commit together, or none (see EventStore.session). */
export type AppendSession = StreamWriter;

export interface EventStore extends LogReader, StreamWriter {
  streamVersion(streamId: string): Promise<number>;
  /**
   * Runs `work` in one transaction holding the log's append lock: all its appends commit together
   * or none do, and its reads see its own appends. Other writers wait while it runs.
   */
  session<T>(work: (session: AppendSession) => Promise<T>): Promise<T>;
}
