import { createHash } from 'node:crypto';
import {
  DraftLog,
  draftYear,
  type ExpectedAlert,
  type GivenVillage,
  hmacPseudonymise,
  layOutVillages,
  newWorld,
  type NotPlantable,
  type PlantCount,
  PlantFailed,
  plantersFor,
  type ResolvedOptions,
  SeededRandom,
  type World,
} from '@saksi/anomalies';
import type { AreaDirectory } from '@saksi/area';
import type { Pseudonymise } from '@saksi/events';
import { routeOf } from './api-routes.js';
import { describeArea, type DistrictVillages, districtsOfArea } from './area-villages.js';
import { CITIZEN, commandActorOf } from './command-actor.js';
import { familiesOf } from './families.js';
import type { GeneratedEvent, GeneratedVillage } from './generated-village.js';
import {
  GENERATOR_FLAVOUR_ODDS,
  type GeneratorOptions,
  type ResolvedGeneratorOptions,
  resolveGeneratorOptions,
} from './generator.options.js';
import { LedgerRecorder } from './ledger-recorder.js';
import { PlantPlan } from './plant-plan.js';
import { firstEventIdOf, idempotencyKeysOf, seedOf } from './seeds.js';

/**
 * The idempotency scope of generated commands (CommandContext.idempotencyScope): an event's id is
 * the one CommandService gives the command's Idempotency-Key in this scope, fixed before the log
 * exists, so the ground truth and corrections can name events.
 */
export const GENERATED_SCOPE = 'saksi-generate';
/** One family in thirty files a grievance in the year (one in ten of them is never answered). */
const GRIEVANCES_PER_FAMILY = 1 / 30;
/** The share of families with a plain year (see GENERATOR_FLAVOUR_ODDS): the ones plants take. */
const PLAIN_SHARE = 0.65;

const NEVER_PLANTED: Record<string, string> = {
  'NIK.MULTIPLE_VILLAGES': 'needs a district with two villages',
  'TRAINING.WOMEN_SHARE_LOW': 'needs a district with two villages',
  'ENTRY.BURST': "needs a district whose families' payday lists outnumber the burst threshold",
};

/**
 * A programme year over the real desa of an area, generated district by district: the districts
 * are independent drafts (their own seed, their own plants), so memory holds one district at a
 * time and a village is the same whatever else is generated with it, but for its district's plants.
 * Deterministic for the seed and options.
 */
export class YearGenerator {
  readonly options: ResolvedGeneratorOptions;
  readonly area: { code: string; name: string; level: string };
  private readonly recorder: LedgerRecorder;
  private readonly pseudonymise: Pseudonymise;
  private readonly plan: PlantPlan;
  private readonly planRandom: SeededRandom;
  private readonly unplantable: NotPlantable[];
  private state: 'new' | 'running' | 'done' = 'new';

  constructor(
    private readonly areas: AreaDirectory,
    options: GeneratorOptions,
  ) {
    this.options = resolveGeneratorOptions(options);
    this.area = describeArea(areas, this.options.area);
    if (districtsOfArea(areas, this.area.code, 1).next().done)
      throw new Error(`${this.area.code} has no desa: BLT-DD is paid from the Village Fund of desa`);
    this.recorder = new LedgerRecorder(`programme-${this.options.programmeId}`);
    this.pseudonymise = hmacPseudonymise(this.options.pseudonymKey);
    const { planters, notPlantable } = plantersFor(this.draft('programme', []).world);
    this.unplantable = notPlantable;
    this.plan = new PlantPlan(planters, this.options.anomalyRate, this.options.config, PLAIN_SHARE);
    this.planRandom = new SeededRandom(seedOf(this.options.seed, 'plan'));
  }

  /** The programme's own events first, then each village's year, in log order. Once only. */
  *villages(): Generator<GeneratedVillage> {
    if (this.state !== 'new') throw new Error('A YearGenerator generates its year once');
    this.state = 'running';
    const programme = this.draft('programme', []);
    draftYear(programme.world, [], true);
    yield {
      village: null,
      families: 0,
      events: this.record(programme).byVillage.get(null) ?? [],
      planted: [],
    };
    let districts = 0;
    for (const district of districtsOfArea(this.areas, this.area.code, this.options.villages)) {
      districts++;
      yield* this.districtYear(district);
    }
    if (districts === 0)
      throw new Error(`${this.area.code} has no desa: BLT-DD is paid from the Village Fund of desa`);
    this.state = 'done';
  }

  /** Rules with no plant in the year, and why: known once every village is generated. */
  notPlantable(): NotPlantable[] {
    if (this.state !== 'done') throw new Error('What could not be planted is known at the end of the year');
    const never = this.plan.neverPlanted().map((ruleCode) => ({
      ruleCode,
      reason: `no district of ${this.area.code} could hold one: ${NEVER_PLANTED[ruleCode] ?? 'too few families or sessions'}`,
    }));
    return [...this.unplantable, ...never];
  }

  private *districtYear({ district, villages }: DistrictVillages): Generator<GeneratedVillage> {
    const given = villages.map((village) => ({
      code: village.code,
      families: familiesOf(this.options.seed, village.code, this.options.families),
    }));
    const wanted = this.plan.countsFor(
      { families: given.map((village) => village.families) },
      this.planRandom,
    );
    const drafted = this.draftPlanted(district.code, given, wanted);
    const { byVillage, villageOfAlert } = this.record(drafted);
    this.recorder.endDistrict();
    const planted = drafted.world.truth.expected.map((alert) => ({
      ...alert,
      districtCode: district.code,
      villageCode: villageOfAlert(alert) ?? villages[0]!.code,
    }));
    for (const [index, village] of villages.entries())
      yield {
        village,
        families: drafted.world.villages[index]!.kpms.length,
        events: byVillage.get(village.code) ?? [],
        planted: planted.filter((alert) => alert.villageCode === village.code),
      };
  }

  /**
   * Drafts the district with its plants. A plant that finds no room (the district's plain families
   * or sessions are used up) is dropped with those after it, the district drafted again without
   * them, and the plan carries them to the next district.
   */
  private draftPlanted(label: string, given: GivenVillage[], wanted: PlantCount[]) {
    const counts = wanted.map((count) => ({ ...count }));
    const seed = seedOf(this.options.seed, `district:${label}`);
    for (;;) {
      const drafted = this.draft(label, given, seed);
      try {
        draftYear(drafted.world, counts, false);
        this.plan.planted(wanted, counts);
        return drafted;
      } catch (error) {
        if (!(error instanceof PlantFailed)) throw error;
        const failed = counts.find((count) => count.planter.ruleCode === error.ruleCode)!;
        failed.count = error.index - failed.firstIndex;
      }
    }
  }

  /** An empty world for a district (or the programme), whose event ids come from idempotency keys. */
  private draft(label: string, given: readonly GivenVillage[], seed = seedOf(this.options.seed, label)) {
    const keys: string[] = [];
    const keyOf = idempotencyKeysOf(this.options.seed, label);
    const log = new DraftLog((seq) => {
      const key = keyOf(seq);
      keys[seq] = key;
      return firstEventIdOf(GENERATED_SCOPE, key);
    });
    const { year, rules, config, programmeId, families } = this.options;
    const options: ResolvedOptions = {
      seed,
      villages: given.length,
      plantsPerRule: 0,
      year,
      rules,
      config,
      kpmPerVillage: [families.min, families.max],
      sessionsPerVillage: [2, 4],
      villagesPerDistrict: Math.max(1, given.length),
      provinceCode: label.slice(0, 2),
      programmeId,
      flavourOdds: GENERATOR_FLAVOUR_ODDS,
      grievancesPerFamily: GRIEVANCES_PER_FAMILY,
    };
    const world = newWorld(options, log, this.pseudonymise);
    world.villages = layOutVillages(world, given);
    return { world, keys };
  }

  /** The drafted events as the ledger records them, by village, in log order. */
  private record({ world, keys }: { world: World; keys: string[] }) {
    const byVillage = new Map<string | null, GeneratedEvent[]>();
    const streamVillage = new Map<string, string>();
    const villageOfEvent = new Map<string, string>();
    const keyOfEvent = new Map<string, string>();
    const firstOfActor = new Map<string, string>();
    const grievanceIds = new Map<string, string>();
    for (const draft of world.log.ordered()) {
      const key = keys[draft.seq]!;
      const own = draft.data['villageCode'];
      const village =
        typeof own === 'string'
          ? own
          : draft.type === 'event.corrected'
            ? (villageOfEvent.get(draft.data['correctsEventId'] as string) ?? null)
            : (streamVillage.get(draft.streamId) ?? null);
      if (village !== null) {
        if (!streamVillage.has(draft.streamId)) streamVillage.set(draft.streamId, village);
        if (!firstOfActor.has(draft.actor)) firstOfActor.set(draft.actor, village);
        villageOfEvent.set(draft.eventId, village);
      }
      const actor = commandActorOf(draft.actor, village);
      const actorId = actor.role === 'citizen' ? CITIZEN : draft.actor;
      let { streamId, data } = draft;
      if (draft.type === 'grievance.filed' || draft.type === 'grievance.answered') {
        // The ledger names a grievance after the filing's Idempotency-Key, so its answer can find it.
        const drafted = data['grievanceId'] as string;
        const grievanceId = grievanceIds.get(drafted) ?? grievanceIdOf(actorId, key);
        grievanceIds.set(drafted, grievanceId);
        data = { ...data, grievanceId };
        streamId = `grievance-${grievanceId}`;
      }
      const route = routeOf(draft.type, data);
      const recorded = this.recorder.record(streamId, route, {
        eventId: draft.eventId,
        actor: actorId,
        occurredAt: new Date(draft.occurredAt),
      });
      keyOfEvent.set(draft.eventId, key);
      const target =
        draft.type === 'event.corrected' ? keyOfEvent.get(data['correctsEventId'] as string) : undefined;
      const events = byVillage.get(village) ?? [];
      byVillage.set(village, events);
      events.push({
        streamId,
        expectedVersion: recorded.expectedVersion,
        event: recorded.event,
        recordedAt: new Date(draft.recordedAt),
        command: {
          method: 'POST',
          path: route.path,
          idempotencyKey: key,
          actor,
          body: route.body,
          ...(target ? { refs: { correctsEventId: target } } : {}),
        },
      });
    }
    const codes = new Map(world.villages.map((village) => [village.digits, village.code]));
    /** The first village an alert's identity names: by an event, a village code, a KPM or session id, an actor. */
    const villageOfAlert = (alert: ExpectedAlert): string | null => {
      const parts = alert.alertKey
        .slice(alert.ruleCode.length + 1)
        .split('/')
        .map(decodeURIComponent);
      for (const part of parts) {
        const found =
          villageOfEvent.get(part) ??
          codes.get(part.replaceAll('.', '')) ??
          codes.get(part.slice(0, 10)) ??
          firstOfActor.get(part);
        if (found) return found;
      }
      return null;
    };
    return { byVillage, villageOfAlert };
  }
}

/** As the ledger names a grievance (newId in @saksi/ledger): from the actor and Idempotency-Key. */
function grievanceIdOf(actorId: string, key: string): string {
  const digest = createHash('sha256').update(`${actorId}\n${key}`).digest('base64url');
  return `grievance-${digest.replace(/[^A-Za-z0-9]/g, '').slice(0, 24)}`;
}
