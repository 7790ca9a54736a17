import { describe, expect, it } from '@jest/globals';
import {
  ALL_RULES,
  hmacPseudonymise,
  measureQuality,
  type PlantedProgramme,
  finalScanDay,
  type SentinelEvent,
} from '@saksi/anomalies';
import { withoutPersonalData } from '@saksi/events';
import { idempotentEventIds } from '@saksi/http';
import { bltDdRules } from '@saksi/programme';
import type { GeneratedVillage } from './generated-village.js';
import type { GeneratorOptions } from './generator.options.js';
import { writeGeneratedYear } from './output/generated-files.js';
import { firstEventIdOf } from './seeds.js';
import { BANTEN_AREAS } from './testing/banten-areas.fixture.js';
import { HashSink } from './testing/hash-sink.js';
import { GENERATED_SCOPE, YearGenerator } from './year-generator.js';

function generate(options: GeneratorOptions) {
  const generator = new YearGenerator(BANTEN_AREAS, options);
  const villages = [...generator.villages()];
  return { generator, villages, events: villages.flatMap((village) => village.events) };
}

async function digests(options: GeneratorOptions) {
  const sink = new HashSink();
  await writeGeneratedYear(new YearGenerator(BANTEN_AREAS, options), sink);
  return sink.digests();
}

/** The year as the sentinel would receive it: treated personal data, in the order it was recorded. */
function asPlanted(generator: YearGenerator, villages: GeneratedVillage[]): PlantedProgramme {
  const pseudonymise = hmacPseudonymise(generator.options.pseudonymKey);
  const recorded = villages
    .flatMap((village) => village.events)
    .map((generated, index) => ({ generated, index }))
    .sort((a, b) => a.generated.recordedAt.getTime() - b.generated.recordedAt.getTime() || a.index - b.index);
  const events: SentinelEvent[] = recorded.map(({ generated: { event, streamId, recordedAt } }, index) => ({
    eventId: event.eventId,
    position: index + 1,
    streamId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: withoutPersonalData({ type: event.type, data: event.data }, pseudonymise),
    occurredAt: event.occurredAt,
    recordedAt,
    actor: event.metadata.actor,
    origin: event.metadata.source,
    hash: '',
  }));
  const { config, programmeId, year } = generator.options;
  return {
    events,
    raw: [],
    expected: villages.flatMap((village) => village.planted),
    notPlantable: generator.notPlantable(),
    today: finalScanDay(year, config),
    config,
    programmeId,
    year,
    summary: { villages: villages.length - 1, kpm: 0, sessions: 0, events: events.length },
  };
}

const share = (part: number, whole: number) => part / whole;

describe('saksi generate', () => {
  it('writes the same files for a seed, and other files for another seed', async () => {
    const first = await digests({ area: '36.01.01', seed: 7, villages: 3 });
    expect(await digests({ area: '36.01.01', seed: 7, villages: 3 })).toEqual(first);
    const other = await digests({ area: '36.01.01', seed: 8, villages: 3 });
    for (const file of ['commands.ndjson', 'beneficiaries.csv', 'payments.csv', 'ground-truth.json'])
      expect({ file, same: other[file] === first[file] }).toEqual({ file, same: false });
  });

  it('generates the real desa of the area in code order, and never a kelurahan', () => {
    const { villages, events } = generate({ area: '36.01', seed: 3, villages: 9 });
    const desa = BANTEN_AREAS.villagesOfRegency('36.01').filter((village) => village.code[9] === '2');
    expect(villages.slice(1).map((village) => village.village!.code)).toEqual(
      desa.slice(0, 9).map((village) => village.code),
    );
    const named = new Set<string>();
    for (const { event, command } of events) {
      const code = (event.data as { villageCode?: string }).villageCode;
      if (code) named.add(code);
      if (command.actor.village) named.add(command.actor.village);
    }
    expect([...named].filter((code) => !BANTEN_AREAS.villageExists(code) || code[9] !== '2')).toEqual([]);
    expect(() => new YearGenerator(BANTEN_AREAS, { area: '36.01.21', seed: 1 })).toThrow(/no desa/);
    expect(() => new YearGenerator(BANTEN_AREAS, { area: '36.01.99', seed: 1 })).toThrow(
      /not in the official/,
    );
    expect(() => new YearGenerator(BANTEN_AREAS, { area: '36.01.21.1002', seed: 1 })).toThrow(/kelurahan/);
  });

  it('draws families, households, payments, training and grievances within realistic bounds', () => {
    const { villages, events } = generate({ area: '36.01.02', seed: 11 });
    const data = (type: string) =>
      events.filter(({ event }) => event.type === type).map(({ event }) => event.data as Record<string, any>);
    const families = villages.slice(1).map((village) => village.families);
    const mean = families.reduce((sum, count) => sum + count, 0) / families.length;
    expect(mean).toBeGreaterThan(30);
    expect(mean).toBeLessThan(65);
    expect(Math.min(...families)).toBeGreaterThanOrEqual(10);
    const registered = data('beneficiary.registered');
    const size =
      registered.reduce((sum, family) => sum + 1 + (family['members'] as unknown[]).length, 0) /
      registered.length;
    expect(size).toBeGreaterThan(3);
    expect(size).toBeLessThan(4.5);
    const womenHeads = share(
      registered.filter((family) => family['head'].sex === 'F').length,
      registered.length,
    );
    expect(womenHeads).toBeGreaterThan(0.25);
    expect(womenHeads).toBeLessThan(0.45);
    const paid = data('payment.paid');
    const failed = data('payment.failed').length;
    expect(share(failed, paid.length + failed)).toBeGreaterThan(0.002);
    expect(share(failed, paid.length + failed)).toBeLessThan(0.02);
    const late = paid.filter((payment) => payment['paidOn'].slice(0, 7) > payment['period']).length;
    expect(share(late, paid.length)).toBeGreaterThan(0.003);
    expect(share(late, paid.length)).toBeLessThan(0.03);
    expect(paid.every((payment) => payment['amount'] > 0)).toBe(true);
    const sessions = data('training.scheduled').length / families.length;
    expect(sessions).toBeGreaterThanOrEqual(2);
    expect(sessions).toBeLessThan(5);
    const attended = data('training.attendance-recorded');
    expect(
      share(attended.filter((a) => a['participant'].sex === 'F').length, attended.length),
    ).toBeGreaterThan(0.4);
    const grievances = data('grievance.filed').length;
    expect(grievances).toBeGreaterThan(registered.length / 60);
    expect(data('grievance.answered').length).toBeLessThan(grievances);
  });

  it('plants every rule the programme can break, and the sentinel raises exactly the planted alerts', async () => {
    const { generator, villages } = generate({ area: '36.01.01', seed: 5 });
    const programme = asPlanted(generator, villages);
    expect(programme.notPlantable.map((rule) => rule.ruleCode)).toEqual(['PAYMENT.TOO_MANY_MONTHS']);
    for (const { code } of ALL_RULES.filter((rule) => rule.code !== 'PAYMENT.TOO_MANY_MONTHS')) {
      const planted = programme.expected.filter((alert) => alert.cause === code).length;
      expect({ code, planted: planted >= 1 }).toEqual({ code, planted: true });
    }
    const report = await measureQuality(programme, { scanEveryDays: 30 });
    const imperfect = report.rules.filter((rule) => rule.precision !== null && rule.precision !== 1);
    expect(imperfect.map(({ ruleCode, falsePositives }) => ({ ruleCode, falsePositives }))).toEqual([]);
    expect(report.rules.filter((rule) => rule.recall !== null && rule.recall !== 1)).toEqual([]);
    const planted = villages.flatMap((village) => village.planted.map((alert) => alert.villageCode));
    expect(planted.every((code) => code?.startsWith('36.01.01.'))).toBe(true);
  });

  it('plants too many months where the programme pays fewer than twelve', async () => {
    const { generator, villages } = generate({
      area: '36.01.01',
      seed: 5,
      villages: 4,
      rules: { ...bltDdRules(2024), maxMonthsPerYear: 10 },
    });
    const programme = asPlanted(generator, villages);
    expect(programme.expected.some((alert) => alert.ruleCode === 'PAYMENT.TOO_MANY_MONTHS')).toBe(true);
    const report = await measureQuality(programme, { scanEveryDays: 30 });
    expect(report.rules.find((rule) => rule.ruleCode === 'PAYMENT.TOO_MANY_MONTHS')).toMatchObject({
      precision: 1,
      recall: 1,
    });
  });

  it('names events as CommandService does with a command key in the generator scope', () => {
    const key = '0b7c1f52-3a55-5c1e-9d3e-000000000001';
    expect(firstEventIdOf(GENERATED_SCOPE, key)).toBe(idempotentEventIds(GENERATED_SCOPE, key, 1)[0]);
  });

  it('writes commands in log order, each naming an earlier command where it corrects one', () => {
    const { events } = generate({ area: '36.01.01', seed: 2, villages: 2 });
    const keys = new Set<string>();
    expect(events[0]!.command.path).toBe('/api/v1/programmes');
    for (const { command } of events) {
      expect(command.path).toMatch(/^\/api\/v1\//);
      for (const key of Object.values(command.refs ?? {})) expect(keys.has(key)).toBe(true);
      keys.add(command.idempotencyKey);
    }
    expect(keys.size).toBe(events.length);
  });
});
