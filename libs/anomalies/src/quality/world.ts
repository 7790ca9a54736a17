import type { ProgrammeRules, Pseudonymise } from '@saksi/events';
import type { SentinelConfig } from '../sentinel-config.js';
import type { DraftLog } from './draft-log.js';
import type { GroundTruth } from './ground-truth.js';
import type { Kpm, Village } from './model.js';
import type { ResolvedOptions } from './planted-programme.options.js';
import type { SeededRandom } from './seeded-random.js';
import { dateOf, daysInMonth, MINUTE } from './time.js';

/** Everything a programme year is drafted with: the plants change it before it is finalised. */
export interface World {
  options: ResolvedOptions;
  random: SeededRandom;
  log: DraftLog;
  truth: GroundTruth;
  pseudonymise: Pseudonymise;
  programmeId: string;
  year: number;
  rules: ProgrammeRules;
  config: SentinelConfig;
  /** The first month of entitlement: a programme of n months a year pays the last n. */
  startMonth: number;
  villages: Village[];
  kpmById: Map<string, Kpm>;
  serials: Map<string, number>;
  /** Where the next plant looks for a plain KPM, so plants spread over the villages. */
  cursor: number;
}

export function nextSerial(world: World, district6: string): number {
  const serial = (world.serials.get(district6) ?? 0) + 1;
  world.serials.set(district6, serial);
  return serial;
}

/**
 * A village pays on about the same day each month (± 2 days). The first month's payday comes after
 * the Musdes, at the earliest on the 20th. Never past the 22nd: a bounced transfer is paid again
 * within the month, and life events (an exit, a death) happen from the 25th.
 */
export function paydayOf(world: World, village: Village, month: number): string {
  const jitter = ((village.index * 7 + month * 3) % 5) - 2;
  const day = month === world.startMonth ? Math.max(20, village.payday) : village.payday + jitter;
  return dateOf(world.year, month, Math.min(day, 22, daysInMonth(world.year, month)));
}

/** When an act done at `occurredAt` reaches the log: minutes to a day and a half later. */
export const recordedAfter = (world: World, occurredAt: number, maxHours = 36): number =>
  occurredAt + world.random.int(10, maxHours * 60) * MINUTE;

/** Months whose payment a plant may change: the whole entitlement year but its first month. */
export function plantMonth(world: World, index: number, first = world.startMonth + 1, last = 12): number {
  const span = last - first + 1;
  return first + ((index * 5 + world.villages.length) % span);
}

/** A plain KPM for a plant, taken from the villages in turn so that plants spread over them. */
export function takePlainKpm(world: World): Kpm {
  const count = world.villages.length;
  for (let step = 0; step < count; step++) {
    const village = world.villages[(world.cursor + step) % count]!;
    const kpm = village.kpms.find((candidate) => candidate.flavour === 'plain');
    if (!kpm) continue;
    world.cursor = (world.cursor + step + 1) % count;
    kpm.flavour = 'planted';
    return kpm;
  }
  throw new Error('A planted programme ran out of plain KPM: add villages or plant fewer per rule.');
}
