import { type Actor, RoleForbidden, type StaffRole, Unauthenticated } from '@saksi/access';
import { ReadApiError } from './read-api.errors.js';

/** Who may audit pseudonymous records (domain.md, "Personal data"): operators for their villages only. */
export const FORUM_TIER: readonly [StaffRole, ...StaffRole[]] = ['forum', 'inspector', 'admin', 'operator'];

/**
 * The guard's own answers for a route that is public for some of what it serves: 401 to a caller
 * without an accepted key, 403 to a role that may not read it.
 */
export function assertRole(actor: Actor, roles: readonly StaffRole[], sentKey: boolean): void {
  if (actor.role === 'citizen')
    throw sentKey ? Unauthenticated.keyNotAccepted() : Unauthenticated.missingKey();
  if (!(roles as readonly string[]).includes(actor.role)) throw RoleForbidden.of(actor.role, roles);
}

/** Operators read the records of the villages on their key; the other staff roles read every village. */
export function assertMayReadVillage(actor: Actor, villageCode: string): void {
  if (actor.role === 'operator' && !actor.villages.includes(villageCode))
    throw ReadApiError.villageNotYours(villageCode);
}
