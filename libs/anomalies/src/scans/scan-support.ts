import { addDays } from '../calendar.js';
import type { FactStore } from '../fact-store.port.js';
import { factKeys } from '../facts/keys.js';
import type { ProgrammeFact } from '../facts/programme.fact.js';
import type { SentinelConfig } from '../sentinel-config.js';

/**
 * The programmes a scan on `today` can still find something new in: a programme's deadlines end with
 * its year plus the grace days, and scans look back `scanWindowDays` past that, so a daily job does
 * not walk every programme ever created.
 */
export async function programmesInScope(
  facts: FactStore,
  today: string,
  config: SentinelConfig,
): Promise<ProgrammeFact[]> {
  const grace = Math.max(config.unpaidGraceDays, config.attendanceGraceDays);
  return (await facts.list<ProgrammeFact>(factKeys.programme('')))
    .map(({ value }) => value)
    .filter((programme) => `${programme.year}-01-01` <= today)
    .filter((programme) => addDays(`${programme.year}-12-31`, grace + config.scanWindowDays) >= today);
}

/** The last part of each key under a prefix (a village code, a KPM id). */
export async function childrenOf(facts: FactStore, prefix: string): Promise<string[]> {
  return (await facts.list<unknown>(prefix)).map(({ key }) => key.slice(prefix.length));
}
