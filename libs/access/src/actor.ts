/** Who may do what. Staff hold an access key; everyone else is a citizen reading public pages. */
export type Role = 'citizen' | 'operator' | 'forum' | 'inspector' | 'admin';

/** The roles an access key can carry: a citizen never needs a key. */
export type StaffRole = Exclude<Role, 'citizen'>;

export const STAFF_ROLES: readonly StaffRole[] = ['operator', 'forum', 'inspector', 'admin'];

/**
 * The person behind a request. `villages` lists the village codes an operator records for; it is
 * empty for every other role. `name` is the key's label, never personal data by requirement.
 */
export interface Actor {
  id: string;
  role: Role;
  villages: string[];
  name?: string;
}

/** The actor id of every unauthenticated request. */
export const CITIZEN_ID = 'citizen';

/** A fresh object each time, so a handler that changes its actor cannot change anyone else's. */
export function citizenActor(): Actor {
  return { id: CITIZEN_ID, role: 'citizen', villages: [] };
}

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}
