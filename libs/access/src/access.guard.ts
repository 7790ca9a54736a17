import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { clientAddress, LimitExceeded, setRetryAfter } from '@saksi/http';
import { type Actor, citizenActor } from './actor.js';
import { RoleForbidden, Unauthenticated } from './access.errors.js';
import { ACCESS_POLICY, ADMIN_ONLY, type AccessPolicy } from './access-policy.decorators.js';
import { bearerKey } from './bearer-key.js';
import { RequestLimits } from './limits/request-limits.js';
import type { RequestWithActor } from './request-with-actor.js';

/**
 * Probes and scrapers ask for these every few seconds from one address; an orchestrator that is
 * answered 429 would restart a healthy process.
 */
const UNCOUNTED_PATHS = new Set(['/health', '/metrics']);

type GuardedRequest = RequestWithActor & {
  path?: string;
  ip?: string;
  socket?: { remoteAddress?: string };
};

/**
 * Every HTTP handler passes through here (registered as APP_GUARD). The actor is attached to the
 * request for @CurrentActor(). An unknown or revoked key on a public route leaves the caller a
 * citizen: public pages show the same to everyone, and only staff routes need to say "no".
 * Requests without an accepted key count against the public limit, refused keys against their own
 * (see RequestLimits); staff with an accepted key are never held up by either. The portal's signed-in
 * pages carry their key in a cookie, not this header, so they count as public requests: a person
 * clicking through pages stays far below the limit.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(RequestLimits) private readonly limits: RequestLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const http = context.switchToHttp();
    const request = http.getRequest<GuardedRequest>();
    const policy =
      this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
        context.getHandler(),
        context.getClass(),
      ]) ?? ADMIN_ONLY;
    try {
      const { actor, sentKey } = await this.identify(request);
      request.actor = actor ?? citizenActor();
      if (policy.public) return true;
      if (!actor) throw sentKey ? Unauthenticated.keyNotAccepted() : Unauthenticated.missingKey();
      if (!(policy.roles as readonly string[]).includes(actor.role))
        throw RoleForbidden.of(actor.role, policy.roles);
      return true;
    } catch (error) {
      if (error instanceof LimitExceeded) setRetryAfter(http.getResponse(), error);
      throw error;
    }
  }

  private async identify(request: GuardedRequest): Promise<{ actor?: Actor; sentKey: boolean }> {
    const address = clientAddress(request);
    let key: string | undefined;
    try {
      key = bearerKey(request.headers.authorization);
    } catch (malformed) {
      this.limits.assertMayTryKeys(address);
      this.limits.keyRefused(address);
      throw malformed;
    }
    const actor = key === undefined ? undefined : await this.limits.authenticate(key, address);
    if (!actor && !UNCOUNTED_PATHS.has(request.path ?? '')) this.limits.countAnonymous(address);
    return { ...(actor ? { actor } : {}), sentKey: key !== undefined };
  }
}
