import { Inject, Injectable } from '@nestjs/common';
import { type Actor, RequestLimits } from '@saksi/access';
import { clientAddress } from '@saksi/http';
import type { Request } from 'express';
import { PortalError } from '../portal.errors.js';
import { PORTAL_OPTIONS, type PortalSettings } from '../portal.options.js';
import { csrfMatches, csrfToken } from './form-token.js';
import { clearedSessionCookie, readCookie, SESSION_COOKIE } from './session-cookie.js';

/** Who may sign in to the portal: the oversight roles. Operators record through the API. */
export const PORTAL_ROLES = ['forum', 'inspector', 'admin'] as const;
export type PortalRole = (typeof PORTAL_ROLES)[number];

/** A signed-in forum member or inspector, as a page sees them. */
export interface Session {
  /** The access key from the cookie, forwarded to the ledger as a Bearer token for writes. */
  key: string;
  actor: Actor;
  /** Every POST form of this session carries it. */
  csrf: string;
}

/** The session behind a request: the cookie's key checked again on every request (cached for a minute). */
@Injectable()
export class PortalSessions {
  constructor(
    @Inject(RequestLimits) private readonly limits: RequestLimits,
    @Inject(PORTAL_OPTIONS) private readonly settings: PortalSettings,
  ) {}

  /**
   * A cookie's key is checked as a key sent to the API is: a refused one counts against the
   * address, and an address over that limit is not checked at all (a forged cookie would otherwise
   * make every page view run scrypt), only shown the pages as a citizen.
   */
  async of(request: Request): Promise<Session | undefined> {
    const key = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (!key) return undefined;
    const address = clientAddress(request);
    if (!this.limits.mayTryKey(key, address)) return undefined;
    const actor = await this.limits.authenticate(key, address);
    // A revoked key's cookie is dropped, so it is refused (and counted) once, not on every page.
    if (!actor) request.res?.append('Set-Cookie', clearedSessionCookie(this.secure(request)));
    if (!actor || !(PORTAL_ROLES as readonly string[]).includes(actor.role)) return undefined;
    return { key, actor, csrf: csrfToken(this.settings.formSecret, key) };
  }

  /** The session, or a refusal that sends the reader to the login form. */
  async require(request: Request, roles: readonly PortalRole[] = PORTAL_ROLES): Promise<Session> {
    const session = await this.of(request);
    if (!session) throw PortalError.loginRequired();
    if (!(roles as readonly string[]).includes(session.actor.role)) throw PortalError.roleForbidden();
    return session;
  }

  /** For a POST: the session, and its form's CSRF token checked. */
  async requireForPost(request: Request, roles?: readonly PortalRole[]): Promise<Session> {
    const session = await this.require(request, roles);
    const presented = (request.body as Record<string, unknown> | undefined)?.['_csrf'];
    if (!csrfMatches(this.settings.formSecret, session.key, presented)) throw PortalError.csrfRefused();
    return session;
  }

  /** Whether this request came over HTTPS, so the cookie must be Secure. */
  secure(request: Request): boolean {
    return this.settings.secureCookies || request.secure || request.headers['x-forwarded-proto'] === 'https';
  }
}
