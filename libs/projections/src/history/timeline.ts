import type { Pseudonymise } from '@saksi/events';
import { readLogWith, type RecordedEvent } from '@saksi/event-store';
import type { DataSource } from 'typeorm';
import { type Audience, eventDataFor } from './public-event-data.js';

/** One event as a forum audits it: where it sits in the log, who recorded it, from where, and its hash. */
export interface TimelineEntry {
  position: number;
  eventId: string;
  streamId: string;
  type: string;
  schemaVersion: number;
  occurredAt: string;
  recordedAt: string;
  actor: string;
  source: string;
  hash: string;
  data: unknown;
}

export interface TimelinePage {
  entries: TimelineEntry[];
  /** Pass as `after` for the next page; null on the last one. */
  next: number | null;
}

export async function readTimeline(
  dataSource: DataSource,
  pseudonymise: Pseudonymise,
  query: {
    streamIds: string[];
    audience: Audience;
    after?: number;
    upTo?: number;
    limit?: number;
    keep?: (event: RecordedEvent) => boolean;
  },
): Promise<TimelinePage> {
  const limit = Math.min(query.limit ?? 200, 1_000);
  const events = await readLogWith(dataSource.manager, {
    streamIds: query.streamIds,
    after: query.after ?? 0,
    upTo: query.upTo ?? Number.MAX_SAFE_INTEGER,
    limit,
  });
  const entries = events
    .filter((event) => query.keep?.(event) ?? true)
    .map((event) => toTimelineEntry(event, query.audience, pseudonymise));
  return { entries, next: events.length === limit ? events[events.length - 1]!.position : null };
}

export function toTimelineEntry(
  event: RecordedEvent,
  audience: Audience,
  pseudonymise: Pseudonymise,
): TimelineEntry {
  return {
    position: event.position,
    eventId: event.eventId,
    streamId: event.streamId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    occurredAt: event.occurredAt.toISOString(),
    recordedAt: event.recordedAt.toISOString(),
    actor: event.metadata.actor,
    source: event.metadata.source,
    hash: event.hash,
    data: eventDataFor(audience, event, pseudonymise),
  };
}
