import type { BilingualMessage } from '@saksi/errors';

/** One field that failed validation; `path` is dotted from the validated value (`data.amount`). */
export interface FieldError {
  path: string;
  /** zod's issue code (`too_small`, `invalid_type`, ...) or another validator's. */
  code: string;
  message: BilingualMessage;
}

/** An RFC 9457 problem document, as Saksi answers every error. */
export interface ProblemDetails {
  /** `urn:saksi:problem:<code>` */
  type: string;
  title: string;
  status: number;
  /** The message in the language the client asked for (Indonesian unless it prefers English). */
  detail: string;
  /** The request path (without its query string, which may hold personal data). */
  instance: string;
  code: string;
  message: BilingualMessage;
  /** The values the message names, for clients that render their own text. */
  params?: Record<string, unknown>;
  errors?: FieldError[];
}

/** A problem before it is rendered for one request. */
export interface Problem {
  status: number;
  code: string;
  message: BilingualMessage;
  params?: Record<string, unknown>;
  errors?: FieldError[];
  /** Extra response headers (`WWW-Authenticate` on a 401). */
  headers?: Record<string, string>;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemType(code: string): string {
  return `urn:saksi:problem:${code}`;
}
