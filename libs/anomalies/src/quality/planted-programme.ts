import { createHmac } from 'node:crypto';
import type { Pseudonymise } from '@saksi/events';
import { addDays } from '../calendar.js';
import type { SentinelConfig } from '../sentinel-config.js';
import type { SentinelEvent } from '../sentinel-event.js';
import { DraftLog, type RawEvent } from './draft-log.js';
import { draftYear, newWorld, plantersFor } from './draft-year.js';
import type { ExpectedAlert, NotPlantable } from './ground-truth.js';
import { type PlantedProgrammeOptions, resolveOptions } from './planted-programme.options.js';
import { layOutVillages } from './village-year.js';

export interface PlantedProgramme {
  /** As the sentinel receives them: positions 1..n in the order the log recorded them. */
  events: SentinelEvent[];
  /** The same events before their personal data was treated, to check against the catalogue. */
  raw: RawEvent[];
  /** Every alert the rules should raise, and only those. */
  expected: ExpectedAlert[];
  notPlantable: NotPlantable[];
  /** A day after the year when every deadline has passed: the last scan's `today`. */
  today: string;
  config: SentinelConfig;
  programmeId: string;
  year: number;
  summary: { villages: number; kpm: number; sessions: number; events: number };
}

/**
 * A BLT-DD programme year over villages of a few districts, drafted as operators would record it,
 * with instances of every rule's anomaly planted into it and the alerts they should raise written
 * down. Deterministic for a seed. Outside the plants it is meant to be clean: a clean year that
 * raises an alert is a false positive of the rule, or a flaw of this generator.
 *
 * Clean is more than "no rule broken": the rules judge what the log shows at each moment, so the
 * clean year also steers clear of states that would look like an anomaly for a while:
 * - a payday's list is shared by enough treasury staff that nobody records burstThreshold − 15 or
 *   more payments for one day (a 60-family village paid by one person would be a burst);
 * - payments are recorded within a day and a half (one typed in after its month's deadline looks
 *   missing until then), attendance within two days of the session (attendanceGraceDays);
 * - a suspended family's missed month is paid back on reinstatement (PAYMENT.MISSING knows no
 *   suspension periods: an approved family is due every month from its Musdes);
 * - a village's sessions never overlap (two members of one sex and birth year would look like one
 *   person in two places);
 * - every village's women's share stays above the minimum after each held session, as the scan
 *   judges the sessions settled so far, not the year.
 */
export function plantedProgramme(options: PlantedProgrammeOptions): PlantedProgramme {
  const resolved = resolveOptions(options);
  const { seed, year, config, programmeId, plantsPerRule } = resolved;
  const log = new DraftLog((seed >>> 0).toString(16).padStart(8, '0'));
  const world = newWorld(resolved, log, hmacPseudonymise(`saksi-quality-${seed}`));
  world.villages = layOutVillages(world);
  const { planters, notPlantable } = plantersFor(world);
  world.truth.notPlantable.push(...notPlantable);
  draftYear(
    world,
    planters.map((planter) => ({ planter, count: plantsPerRule, firstIndex: 0 })),
  );
  const { events, raw } = world.log.finalise(world.pseudonymise);
  return {
    events,
    raw,
    expected: world.truth.expected,
    notPlantable: world.truth.notPlantable,
    today: finalScanDay(year, config),
    config,
    programmeId,
    year,
    summary: {
      villages: world.villages.length,
      kpm: world.kpmById.size,
      sessions: world.villages.reduce((sum, village) => sum + village.sessions.length, 0),
      events: events.length,
    },
  };
}

/** As the relay pseudonymises a NIK: an HMAC token, the same for one NIK everywhere. */
export const hmacPseudonymise =
  (key: string): Pseudonymise =>
  (value) =>
    `hmac:${createHmac('sha256', key).update(value, 'utf8').digest('hex').slice(0, 32)}`;

/** Two weeks past the last deadline of the year, and still inside the scans' look-back window. */
export function finalScanDay(year: number, config: SentinelConfig): string {
  const grace = Math.max(config.unpaidGraceDays, config.attendanceGraceDays);
  if (config.scanWindowDays < 15) throw new Error('A planted programme needs scanWindowDays of at least 15');
  return addDays(`${year}-12-31`, grace + 14);
}
