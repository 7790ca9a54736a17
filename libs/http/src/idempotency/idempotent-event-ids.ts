import { v5 as uuidv5 } from 'uuid';

/** Saksi's own UUID v5 namespace, generated once; changing it would change every derived id. */
export const SAKSI_IDEMPOTENCY_NAMESPACE = '54277343-893d-4226-a16e-67e3c05cfc6a';

/**
 * The event ids of a request, derived from its Idempotency-Key: a retry of the same request gets
 * the same ids, so the event store's idempotent append answers with the first result instead of
 * recording twice. `scope` must hold the actor id and the route, so keys never collide across users
 * or endpoints. The parts are joined with newlines; a key (printable ASCII) and an index contain
 * none, so reading from the end takes every name apart again: two different (scope, key, index)
 * triples never produce the same name, whatever the scope holds.
 */
export function idempotentEventIds(scope: string, key: string, count: number): string[] {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`count must be a whole number of 0 or more, not ${count}`);
  }
  if (key.includes('\n')) throw new RangeError('an idempotency key must not contain a newline');
  return Array.from({ length: count }, (_, index) =>
    uuidv5(`${scope}\n${key}\n${index}`, SAKSI_IDEMPOTENCY_NAMESPACE),
  );
}
