import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { type Actor, citizenActor, type StaffRole } from './actor.js';
import type { RequestWithActor } from './request-with-actor.js';

export const ACCESS_POLICY = 'saksi:access-policy';

/** A handler without a policy is for admins only: forgetting the decorator must not open a route. */
export type AccessPolicy = { public: true } | { public: false; roles: readonly StaffRole[] };

export const ADMIN_ONLY: AccessPolicy = { public: false, roles: ['admin'] };

/** Who may call the handler (or every handler of the controller). Admins are not implied. */
export const Roles = (...roles: [StaffRole, ...StaffRole[]]) =>
  SetMetadata<string, AccessPolicy>(ACCESS_POLICY, { public: false, roles });

/** Anyone may call it, citizens included; a valid key still identifies its holder. */
export const Public = () => SetMetadata<string, AccessPolicy>(ACCESS_POLICY, { public: true });

/** The actor the AccessGuard attached; the citizen when the request carried no key. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor =>
    context.switchToHttp().getRequest<RequestWithActor>().actor ?? citizenActor(),
);
