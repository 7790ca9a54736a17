import type { FuzzContext, Holder } from './fuzz-context.js';
import type { FuzzJson } from './fuzz-json.js';

/**
 * One request a route accepts, to be mutated: the fuzz starts from something valid so that it
 * reaches the route's deep checks and its decider, not only the JSON parser.
 */
export interface BaseRequest {
  params: Record<string, string>;
  /** JSON for the API, the flat fields of a form for the portal, or a CSV file for an import. */
  body?: { json: FuzzJson } | { form: Record<string, string> } | { csv: string };
  /** Sent as `Authorization: Bearer` (the API). */
  holder?: Holder;
  /** Signed in with this holder's key as the portal's session cookie. */
  session?: Holder;
  /** The handler reads Idempotency-Key, so a malformed one must be refused. */
  idempotent?: boolean;
  /** Form fields signed for one moment (the portal's form tokens): made anew for every input. */
  tokens?: Record<string, () => string>;
}

export type BaseFactory = (context: FuzzContext) => BaseRequest | Promise<BaseRequest>;
