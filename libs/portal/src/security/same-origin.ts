import type { Request } from 'express';
import { PortalError } from '../portal.errors.js';

/**
 * A form must be posted from a page of this site. Browsers say where a request came from in
 * Sec-Fetch-Site and Origin; a post from another site is refused before its token is even read.
 * With the no-referrer policy Saksi sets, a browser sends `Origin: null` even for its own forms, so
 * then only Sec-Fetch-Site (and the form's token) can tell. Behind a proxy, X-Forwarded-Host names
 * the host the browser saw.
 */
export function assertSameOrigin(request: Request): void {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) {
    if (site !== 'same-origin' && site !== 'none') throw PortalError.csrfRefused();
    return;
  }
  const origin = request.headers.origin;
  if (origin === undefined || origin === 'null') return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw PortalError.csrfRefused();
  }
  const forwarded = request.headers['x-forwarded-host'];
  const hosts = [request.headers.host, ...(typeof forwarded === 'string' ? forwarded.split(',') : [])].map(
    (value) => value?.trim(),
  );
  if (!hosts.includes(host)) throw PortalError.csrfRefused();
}

/** The grievance limit counts clients as every other limit does (an IPv6 client by its /64). */
export { clientAddress } from '@saksi/http';
