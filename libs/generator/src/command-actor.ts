/**
 * Who sends a command, as a client holding access keys would: one key per name (the operator's
 * with the villages its commands are for), none for a citizen.
 */
export interface CommandActor {
  role: 'admin' | 'operator' | 'forum' | 'citizen';
  /** The village the command is for: an operator's key must list it. */
  village?: string;
  /** The person or office behind the key (the event's actor when appended directly); not for citizens. */
  name?: string;
}

/** The actor id the ledger records for every request without a key (@saksi/access CITIZEN_ID). */
export const CITIZEN = 'citizen';

/** The generated actor names: the district's administrator, a citizen on the portal, a forum. */
export function commandActorOf(name: string, village: string | null): CommandActor {
  if (name === 'portal-publik') return { role: 'citizen' };
  if (name.startsWith('admin-')) return { role: 'admin', name };
  if (name.startsWith('bpd-')) return { role: 'forum', name };
  return { role: 'operator', ...(village ? { village } : {}), name };
}
