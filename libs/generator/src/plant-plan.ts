import type { PlantCount, Planter, SeededRandom, SentinelConfig } from '@saksi/anomalies';

/** Rules whose plant gives a whole village a role; a village carries at most one. */
const ROLE_RULES = new Set([
  'PAYMENT.ABOVE_ALLOCATION',
  'ALLOCATION.SHARE_OUT_OF_RANGE',
  'TRAINING.WOMEN_SHARE_LOW',
]);
/** Rules planted into a held session with attendance (a backdated entry is one a third of the time). */
const SESSION_RULES = new Set(['TRAINING.OVERLAPPING_SESSIONS', 'TRAINING.OVER_CAPACITY', 'ENTRY.BACKDATED']);
/** Rules planted without taking a plain family. */
const NO_FAMILY_RULES = new Set([
  ...ROLE_RULES,
  ...SESSION_RULES,
  'TRAINING.HELD_WITHOUT_ATTENDANCE',
  'ENTRY.BURST',
]);

/** What a district offers to plant into, known before it is drafted. */
export interface DistrictShape {
  families: readonly number[];
}

/**
 * Which anomalies go into which district. Each district draws, for every rule, a Poisson number of
 * plants with mean `rate` × its villages, and every rule is owed one plant more from the start, so
 * the first districts that can hold it plant every rule at least once. What a district cannot hold
 * (a NIK in two villages needs two; a burst needs a payday's list longer than the threshold) is
 * carried to the next. Plant indexes count on over the whole run, so variants take turns.
 */
export class PlantPlan {
  private readonly carried = new Map<string, number>();
  private readonly next = new Map<string, number>();

  constructor(
    private readonly planters: readonly Planter[],
    private readonly rate: number,
    private readonly config: SentinelConfig,
    /** The share of families whose year is plain: the ones plants may take. */
    private readonly plainShare: number,
  ) {
    for (const planter of planters) this.carried.set(planter.ruleCode, 1);
  }

  /** How many of each rule to plant in the district, within what it can hold. */
  countsFor(shape: DistrictShape, random: SeededRandom): PlantCount[] {
    const villages = shape.families.length;
    const plain = shape.families.reduce((sum, count) => sum + count, 0) * this.plainShare;
    const room: Room = {
      roles: villages,
      // Every village planted with men-only training leaves another for sessions planted elsewhere.
      women: villages - 1,
      plain: Math.floor(plain / 2),
      sessions: shape.families.filter((count) => count >= 15).length,
    };
    const counts = this.planters.map((planter) => {
      const code = planter.ruleCode;
      const wanted = this.carried.get(code)! + poisson(random, this.rate * villages);
      let count = 0;
      while (count < wanted && take(code, villages, room)) count++;
      return { planter, count, firstIndex: this.next.get(code) ?? 0 };
    });
    // A burst moves a month's payments of plain families that no other plant took.
    const burst = counts.find(({ planter }) => planter.ruleCode === 'ENTRY.BURST');
    const untaken = plain - (Math.floor(plain / 2) - room.plain);
    if (burst) burst.count = Math.min(burst.count, Math.floor(untaken / (this.config.burstThreshold + 10)));
    return counts;
  }

  /** What a district was asked to plant and what it did: the rest is owed by the next ones. */
  planted(wanted: readonly PlantCount[], planted: readonly PlantCount[]): void {
    for (const { planter, count } of planted) {
      const code = planter.ruleCode;
      const asked = wanted.find((want) => want.planter === planter)?.count ?? count;
      this.carried.set(code, Math.max(0, asked - count));
      this.next.set(code, (this.next.get(code) ?? 0) + count);
    }
  }

  /** Rules that were never planted: no district of the area could hold one. */
  neverPlanted(): string[] {
    return this.planters.map((planter) => planter.ruleCode).filter((code) => !this.next.get(code));
  }
}

interface Room {
  roles: number;
  women: number;
  plain: number;
  sessions: number;
}

/** Takes what one plant of the rule needs from the district's room, if it is there. */
function take(code: string, villages: number, room: Room): boolean {
  if (ROLE_RULES.has(code)) {
    if (room.roles === 0 || (code === 'TRAINING.WOMEN_SHARE_LOW' && room.women === 0)) return false;
    room.roles--;
    if (code === 'TRAINING.WOMEN_SHARE_LOW') room.women--;
    return true;
  }
  if (SESSION_RULES.has(code)) return room.sessions > 0 && room.sessions-- > 0;
  if (NO_FAMILY_RULES.has(code)) return true;
  if (code === 'NIK.MULTIPLE_VILLAGES' && villages < 2) return false;
  return room.plain > 0 && room.plain-- > 0;
}

/** Knuth's method: fine for the small means of a district. */
function poisson(random: SeededRandom, mean: number): number {
  const limit = Math.exp(-mean);
  let count = 0;
  for (let product = random.next(); product > limit; product *= random.next()) count++;
  return count;
}
