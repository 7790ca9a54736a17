import { Inject, Injectable } from '@nestjs/common';
import { type Actor, AccessKeyService } from '@saksi/access';
import type { Request } from 'express';
import { PortalError } from '../portal.errors.js';
import { PORTAL_OPTIONS, type PortalSettings } from '../portal.options.js';
import { csrfMatches, csrfToken } from './form-token.js';
import { readCookie, SESSION_COOKIE } from './session-cookie.js';

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
    @Inject(AccessKeyService) private readonly keys: AccessKeyService,
    @Inject(PORTAL_OPTIONS) private readonly settings: PortalSettings,
  ) {}

  async of(request: Request): Promise<Session | undefined> {
    const key = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (!key) return undefined;
    const actor = await this.keys.authenticate(key);
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
