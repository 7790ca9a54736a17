import { addDays, dayOf } from '../calendar.js';
import type { FactStore } from '../fact-store.port.js';
import { observe } from '../observe.js';
import { RULES } from '../rules/index.js';
import { runScheduledScans, SCHEDULED_RULES } from '../scan.js';
import type { NotPlantable } from './ground-truth.js';
import { IndexedFactStore } from './indexed-fact.store.js';
import type { PlantedProgramme } from './planted-programme.js';

export interface RuleQuality {
  ruleCode: string;
  /** Alerts expected of the rule: its own plants and the co-alerts of others. */
  planted: number;
  raised: number;
  truePositives: number;
  /** truePositives / raised; null when nothing was raised. */
  precision: number | null;
  /** truePositives / planted; null when nothing was planted. */
  recall: number | null;
  /** Raised but not expected: alert keys, to explain. */
  falsePositives: string[];
  /** Expected but not raised. */
  misses: string[];
}

export interface QualityReport {
  rules: RuleQuality[];
  notPlantable: NotPlantable[];
  events: number;
  /** Seconds spent in observe() over all events, and in the scheduled scans. */
  observeSeconds: number;
  scanSeconds: number;
  scans: number;
  eventsPerSecond: number;
}

export interface MeasureOptions {
  /**
   * How often the scheduled scans run while the year is replayed, as the daily job would while it
   * happens (at most `scanWindowDays`, or sessions held between two scans are never looked at);
   * null: only once, on the programme's final day.
   */
  scanEveryDays?: number | null;
  /** Where the facts are kept: by default an InMemoryFactStore with a prefix index (see IndexedFactStore). */
  facts?: FactStore;
}

/**
 * Replays a planted programme through the sentinel, in log order, on a fresh in-memory FactStore:
 * observe() for each event, the scheduled scans every few days of the year (on the facts recorded
 * before that day) and once after it; then compares the alert keys with the ground truth.
 */
export async function measureQuality(
  programme: PlantedProgramme,
  options: MeasureOptions = {},
): Promise<QualityReport> {
  const { config, events, today } = programme;
  const every = options.scanEveryDays === undefined ? 7 : options.scanEveryDays;
  if (every !== null && (every < 1 || every > config.scanWindowDays))
    throw new Error(`scanEveryDays must lie in 1..${config.scanWindowDays}`);
  const facts = options.facts ?? new IndexedFactStore();
  const raised: string[] = [];
  let observeSeconds = 0;
  let scanSeconds = 0;
  let scans = 0;
  const scan = async (day: string) => {
    const started = performance.now();
    raised.push(...(await runScheduledScans(facts, day, config)).map((alert) => alert.alertKey));
    scanSeconds += (performance.now() - started) / 1_000;
    scans++;
  };
  let next = every === null || events.length === 0 ? today : addDays(dayOf(events[0]!.recordedAt), every);
  for (const event of events) {
    while (every !== null && next <= dayOf(event.recordedAt) && next < today) {
      await scan(next);
      next = addDays(next, every);
    }
    const started = performance.now();
    raised.push(...(await observe(event, facts, config)).map((alert) => alert.alertKey));
    observeSeconds += (performance.now() - started) / 1_000;
  }
  for (; every !== null && next < today; next = addDays(next, every)) await scan(next);
  await scan(today);
  return {
    rules: compare(programme, raised),
    notPlantable: programme.notPlantable,
    events: events.length,
    observeSeconds,
    scanSeconds,
    scans,
    eventsPerSecond: observeSeconds > 0 ? events.length / observeSeconds : 0,
  };
}

const codeOf = (alertKey: string) => alertKey.slice(0, alertKey.indexOf(':'));

function compare(programme: PlantedProgramme, raisedKeys: readonly string[]): RuleQuality[] {
  const codes = [
    ...new Set([...[...RULES, ...SCHEDULED_RULES].map((rule) => rule.code), ...raisedKeys.map(codeOf)]),
  ];
  return codes.map((ruleCode) => {
    const expected = new Set(
      programme.expected.filter((alert) => alert.ruleCode === ruleCode).map((alert) => alert.alertKey),
    );
    const raised = new Set(raisedKeys.filter((key) => codeOf(key) === ruleCode));
    const truePositives = [...raised].filter((key) => expected.has(key)).length;
    return {
      ruleCode,
      planted: expected.size,
      raised: raised.size,
      truePositives,
      precision: raised.size === 0 ? null : truePositives / raised.size,
      recall: expected.size === 0 ? null : truePositives / expected.size,
      falsePositives: [...raised].filter((key) => !expected.has(key)).sort(),
      misses: [...expected].filter((key) => !raised.has(key)).sort(),
    };
  });
}
