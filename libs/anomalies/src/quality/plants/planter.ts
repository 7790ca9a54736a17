import type { Session } from '../model.js';
import type { World } from '../world.js';

/** Plants instances of one rule's anomaly into a drafted year, and says which alerts to expect. */
export interface Planter {
  ruleCode: string;
  /** Why the rule cannot fire under the programme's rules or the config; undefined when it can. */
  unplantable?(world: World): string | undefined;
  /** Before the villages are filled: village-wide plants reserve their villages for plants firstIndex.. */
  prepare?(world: World, count: number, firstIndex: number): void;
  /** Plants instance `index` (from 0) and records the alerts it should raise. */
  plant(world: World, index: number): void;
}

/**
 * A held session with attendance in a village whose women's share is not planted, not yet taken by
 * another plant, looked for from a different village for each index.
 */
export function takeSession(world: World, index: number, accept: (session: Session) => boolean): Session {
  const count = world.villages.length;
  for (let step = 0; step < count; step++) {
    const village = world.villages[(index * 7 + step) % count]!;
    if (village.role === 'women-share-low') continue;
    const session = village.sessions.find(
      (candidate) =>
        !candidate.used && candidate.held && candidate.attendance.length > 0 && accept(candidate),
    );
    if (!session) continue;
    session.used = true;
    return session;
  }
  throw new Error('A planted programme ran out of training sessions to plant in: add villages.');
}

/** A village for a plant that needs no particular family, a different one for each index. */
export const villageFor = (world: World, index: number, salt: number) =>
  world.villages[(index * 5 + salt) % world.villages.length]!;
