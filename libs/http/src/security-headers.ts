/**
 * The security headers of answers written outside Nest: the ops server of the relay, and Node's own
 * refusals of malformed HTTP. None of them carries HTML or a script, so the policy allows nothing.
 * Nest apps get the same protections (and more, for their pages) from configureHttp().
 */
export const PLAIN_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};
