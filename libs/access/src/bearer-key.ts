import { Unauthenticated } from './access.errors.js';
import { parseAccessKey } from './access-key.format.js';

const BEARER = /^Bearer +(\S+) *$/i;

/**
 * The key in `Authorization: Bearer <key>`, or undefined when there is no such header. A header
 * that is there but is not a Bearer Saksi key is refused on every route, public ones included: it
 * is a client's mistake, and silently treating the caller as a citizen would hide it.
 */
export function bearerKey(authorization: string | string[] | undefined): string | undefined {
  if (authorization === undefined) return undefined;
  const key = typeof authorization === 'string' ? BEARER.exec(authorization)?.[1] : undefined;
  if (key === undefined || !parseAccessKey(key)) throw Unauthenticated.malformedHeader();
  return key;
}
