import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

/**
 * A new identifier when the caller sent none. With an Idempotency-Key the id is derived from the
 * key (and the actor and route), so a retried registration finds the first one instead of
 * creating a second family.
 */
export function newId(prefix: string, idempotencyKey?: string, scope = ''): string {
  if (!idempotencyKey) return `${prefix}-${uuidv7()}`;
  const digest = createHash('sha256')
    .update(`${scope}\n${idempotencyKey}`)
    .digest('base64url')
    .replace(/[^A-Za-z0-9]/g, '');
  return `${prefix}-${digest.slice(0, 24)}`;
}
