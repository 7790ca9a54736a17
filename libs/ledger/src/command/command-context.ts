import type { Actor } from '@saksi/access';

export interface CommandContext {
  actor: Actor;
  /** The route template ('POST /beneficiaries/:kpmId/approval'): scopes the idempotency key. */
  route: string;
  /** The request as received (path parameters and body): fingerprinted for idempotent replays. */
  request: unknown;
  idempotencyKey?: string;
  /** Who shares the key space; by default the actor and route, so two users' keys never collide. */
  idempotencyScope?: string;
  /** 'saksi-api', 'csv-import:<file hash>', 'demo', ... */
  source: string;
  /** When it happened in the field; defaults to now. */
  occurredAt?: Date;
}
