import type { BilingualMessage } from '@saksi/errors';
import type { Role } from './actor.js';

/** How a role is named in a sentence for the people who hold it. */
export const ROLE_NAMES: Record<Role, BilingualMessage> = {
  citizen: { id: 'warga', en: 'citizen' },
  operator: { id: 'operator desa', en: 'village operator' },
  forum: { id: 'forum pengawas', en: 'oversight forum' },
  inspector: { id: 'inspektorat', en: 'inspector' },
  admin: { id: 'admin', en: 'administrator' },
};

export function roleList(roles: readonly Role[], language: keyof BilingualMessage): string {
  const names = roles.map((role) => ROLE_NAMES[role][language]);
  const or = language === 'id' ? ' atau ' : ' or ';
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')}${or}${names.at(-1)}`;
}
