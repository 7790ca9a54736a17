import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { RecordedEvent } from './event.js';

/** The "previous hash" of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** Bumped if the canonical form ever changes; old events keep the form they were hashed with. */
const CANONICAL_FORM = 1;

export type HashedEvent = Omit<RecordedEvent, 'hash'>;

/**
 * The event's canonical form: RFC 8785 (JSON Canonicalization Scheme) over every field the log
 * stores, the position included, so that moving an event breaks the chain as surely as editing it.
 */
export function canonicalForm(event: HashedEvent): string {
  const form = canonicalize({
    canonicalForm: CANONICAL_FORM,
    position: event.position,
    eventId: event.eventId,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
    occurredAt: event.occurredAt.toISOString(),
    recordedAt: event.recordedAt.toISOString(),
  });
  if (form === undefined) throw new Error(`event at position ${event.position} has no canonical form`);
  return form;
}

/** SHA-256 over the previous hash (32 raw bytes) followed by the event's canonical form (UTF-8). */
export function chainHash(previousHash: string, event: HashedEvent): string {
  return createHash('sha256')
    .update(Buffer.from(previousHash, 'hex'))
    .update(canonicalForm(event), 'utf8')
    .digest('hex');
}
