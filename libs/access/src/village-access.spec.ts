import { describe, expect, it } from '@jest/globals';
import { type Actor, citizenActor } from './actor.js';
import { VillageForbidden } from './access.errors.js';
import { assertMayWriteForVillage } from './village-access.js';

const SUKAMAJU = '32.01.01.2001';
const MEKARSARI = '32.01.01.2002';

function actor(role: Actor['role'], villages: string[] = []): Actor {
  return { id: `${role}-1`, role, villages };
}

describe('assert may write for village', () => {
  it('lets an operator write for a village on their key', () => {
    expect(() => assertMayWriteForVillage(actor('operator', [SUKAMAJU, MEKARSARI]), MEKARSARI)).not.toThrow();
  });

  it('refuses an operator writing for a village not on their key', () => {
    const attempt = () => assertMayWriteForVillage(actor('operator', [SUKAMAJU]), MEKARSARI);
    expect(attempt).toThrow(VillageForbidden);
    try {
      attempt();
    } catch (error) {
      const refused = error as VillageForbidden;
      expect(refused.code).toBe('ACCESS.VILLAGE_FORBIDDEN');
      expect(refused.kind).toBe('forbidden');
      expect(refused.params).toEqual({ role: 'operator', villageCode: MEKARSARI });
      expect(refused.text.id).toContain(MEKARSARI);
    }
  });

  it('lets an admin write for any village', () => {
    expect(() => assertMayWriteForVillage(actor('admin'), MEKARSARI)).not.toThrow();
  });

  it.each(['forum', 'inspector'] as const)('never lets the %s role record programme actions', (role) => {
    expect(() => assertMayWriteForVillage(actor(role, [SUKAMAJU]), SUKAMAJU)).toThrow(VillageForbidden);
  });

  it('never lets a citizen record programme actions', () => {
    expect(() => assertMayWriteForVillage(citizenActor(), SUKAMAJU)).toThrow(/does not record/);
  });
});
