import { createHash } from 'node:crypto';
import { SAKSI_IDEMPOTENCY_NAMESPACE } from '@saksi/http';
import { parse as parseUuid, v5 as uuidv5 } from 'uuid';

/** The generator's own UUID v5 namespace, fixed: changing it would change every generated key. */
const GENERATOR_NAMESPACE = parseUuid('0b7c1f52-3a55-4c1e-9d3e-6a2f0e8d4b71');
const IDEMPOTENCY_NAMESPACE = parseUuid(SAKSI_IDEMPOTENCY_NAMESPACE);

/**
 * A 32-bit seed for one part of the year (a district, a village's size), derived from the run's
 * seed and the part's name: each part is the same whatever else the run generates.
 */
export function seedOf(seed: number, label: string): number {
  return createHash('sha256').update(`${seed}|${label}`).digest().readUInt32BE(0);
}

/**
 * The Idempotency-Keys of one part's commands, by creation order: UUIDs (as a citizen's must be)
 * that share the part's first 80 bits and count on in the last 48.
 */
export function idempotencyKeysOf(seed: number, part: string): (seq: number) => string {
  const prefix = uuidv5(`${seed}|${part}`, GENERATOR_NAMESPACE).slice(0, 24);
  return (seq) => `${prefix}${seq.toString(16).padStart(12, '0')}`;
}

/**
 * The id CommandService gives the first event of a command with this Idempotency-Key in `scope`:
 * `idempotentEventIds(scope, key, 1)[0]` of @saksi/http, with its namespace parsed once.
 */
export function firstEventIdOf(scope: string, key: string): string {
  return uuidv5(`${scope}\n${key}\n0`, IDEMPOTENCY_NAMESPACE);
}
