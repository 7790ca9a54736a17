import type { Actor } from '@saksi/access';
import type { CommandContext } from '../command/command-context.js';

/** The context of a write that came over HTTP. */
export function httpContext(
  actor: Actor,
  route: string,
  request: unknown,
  idempotencyKey: string | undefined,
): CommandContext {
  return { actor, route, request, source: 'saksi-api', ...(idempotencyKey ? { idempotencyKey } : {}) };
}
