import type { Actor } from './actor.js';
import { VillageForbidden } from './access.errors.js';

/**
 * Whether the actor may record a programme action for the village. Operators record only for the
 * villages on their key; admins anywhere; oversight roles and citizens never record programme
 * actions (the app calls this where a write concerns one village).
 */
export function assertMayWriteForVillage(actor: Actor, villageCode: string): void {
  switch (actor.role) {
    case 'admin':
      return;
    case 'operator':
      if (actor.villages.includes(villageCode)) return;
      throw VillageForbidden.notAssigned(actor.role, villageCode);
    case 'forum':
    case 'inspector':
    case 'citizen':
      throw VillageForbidden.roleCannotWrite(actor.role, villageCode);
    default: {
      const _never: never = actor.role;
      throw new Error(`unknown role ${String(_never)}`);
    }
  }
}
