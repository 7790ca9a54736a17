import type { ErrorKind, SaksiError } from '@saksi/errors';
import type { Problem } from './problem-details.js';

export const STATUS_BY_KIND: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  gone: 410,
  rule: 422,
};

export function saksiErrorProblem(error: SaksiError): Problem {
  const errors = (error as { errors?: unknown }).errors;
  return {
    status: STATUS_BY_KIND[error.kind],
    code: error.code,
    message: error.text,
    ...(Object.keys(error.params).length > 0 ? { params: error.params } : {}),
    ...(Array.isArray(errors) ? { errors: errors as Problem['errors'] } : {}),
    // RFC 9110: a 401 names the scheme that would be accepted.
    ...(error.kind === 'unauthenticated' ? { headers: { 'WWW-Authenticate': 'Bearer realm="saksi"' } } : {}),
  };
}
