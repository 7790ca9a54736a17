/**
 * What kind of refusal an error is. The HTTP edge maps each kind to one status code; the domain
 * never speaks HTTP.
 */
export type ErrorKind =
  | 'invalid' // malformed input: 400
  | 'unauthenticated' // no or bad credentials: 401
  | 'forbidden' // authenticated but not allowed: 403
  | 'not-found' // refers to something that does not exist: 404
  | 'conflict' // a duplicate or a concurrency conflict: 409
  | 'gone' // it existed, but was removed for good (erased personal data): 410
  | 'rule'; // well-formed, but a programme rule forbids this decision: 422

/** A sentence for a village operator, in Indonesian (first) and English. */
export interface BilingualMessage {
  id: string;
  en: string;
}

/**
 * The base of every context's error type. `code` is stable and machine-readable (`KPM.NOT_FOUND`);
 * `params` are the values the message names, for clients that render their own text.
 */
export abstract class SaksiError extends Error {
  protected constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    readonly text: BilingualMessage,
    readonly params: Record<string, unknown> = {},
  ) {
    super(text.en);
    this.name = new.target.name;
  }
}
