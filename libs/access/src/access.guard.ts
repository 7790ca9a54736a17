import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Actor, citizenActor } from './actor.js';
import { RoleForbidden, Unauthenticated } from './access.errors.js';
import { ACCESS_POLICY, ADMIN_ONLY, type AccessPolicy } from './access-policy.decorators.js';
import { AccessKeyService } from './access-key.service.js';
import { bearerKey } from './bearer-key.js';
import type { RequestWithActor } from './request-with-actor.js';

/**
 * Every HTTP handler passes through here (registered as APP_GUARD). The actor is attached to the
 * request for @CurrentActor(). An unknown or revoked key on a public route leaves the caller a
 * citizen: public pages show the same to everyone, and only staff routes need to say "no".
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AccessKeyService) private readonly keys: AccessKeyService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const policy =
      this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
        context.getHandler(),
        context.getClass(),
      ]) ?? ADMIN_ONLY;
    const key = bearerKey(request.headers.authorization);
    const actor: Actor | undefined = key === undefined ? undefined : await this.keys.authenticate(key);
    request.actor = actor ?? citizenActor();
    if (policy.public) return true;
    if (!actor) throw key === undefined ? Unauthenticated.missingKey() : Unauthenticated.keyNotAccepted();
    if (!(policy.roles as readonly string[]).includes(actor.role))
      throw RoleForbidden.of(actor.role, policy.roles);
    return true;
  }
}
