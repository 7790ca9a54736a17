import type { NotPlantable } from '@saksi/anomalies';
import type { GeneratedVillage, PlantedAlert } from '../generated-village.js';
import type { YearGenerator } from '../year-generator.js';
import { CSV_KINDS, type CsvKind, csvHeaderOf, csvRowOf } from './csv-rows.js';
import type { GeneratedSummary } from './generated-summary.js';

/** Where the files go: a folder (FileSink), or a hash in a test. Writes may wait for the disk. */
export interface OutputSink {
  write(file: string, text: string): void | Promise<void>;
}

export const COMMANDS_FILE = 'commands.ndjson';
export const GROUND_TRUTH_FILE = 'ground-truth.json';
export const SUMMARY_FILE = 'summary.json';
export const csvFileOf = (kind: CsvKind): string => `${kind}.csv`;

/** ground-truth.json: the alerts the sentinel should raise on the generated log, and only those. */
export interface GroundTruthFile {
  area: string;
  seed: number;
  year: number;
  programmeId: string;
  /** NIK tokens in alert keys are HMACs under this key: give the sentinel the same one. */
  pseudonymKey: string;
  note: string;
  plantedByRule: Record<string, number>;
  expected: PlantedAlert[];
  notPlantable: NotPlantable[];
}

/**
 * Writes the year village by village: the command stream, the importer's CSV files, and at the end
 * the ground truth and the summary. Nothing larger than one district is held.
 */
export async function writeGeneratedYear(
  generator: YearGenerator,
  sink: OutputSink,
): Promise<GeneratedSummary> {
  const { options, area } = generator;
  const summary: GeneratedSummary = {
    area,
    seed: options.seed,
    year: options.year,
    programmeId: options.programmeId,
    districts: 0,
    villages: 0,
    families: 0,
    events: 0,
    eventsByType: {},
    commands: 0,
    csvRows: { beneficiaries: 0, approvals: 0, payments: 0, attendance: 0 },
    payments: { paid: 0, failed: 0, reversed: 0, paidAfterTheirMonth: 0 },
    planted: 0,
  };
  const expected: PlantedAlert[] = [];
  const districts = new Set<string>();
  for (const kind of CSV_KINDS) await sink.write(csvFileOf(kind), `${csvHeaderOf(kind)}\n`);
  for (const village of generator.villages()) {
    if (village.village) {
      districts.add(village.village.parentCode);
      summary.villages++;
      summary.families += village.families;
    }
    expected.push(...village.planted);
    await writeVillage(village, sink, summary);
  }
  summary.districts = districts.size;
  summary.planted = expected.length;
  summary.eventsByType = sortedKeys(summary.eventsByType);
  const truth: GroundTruthFile = {
    area: area.code,
    seed: options.seed,
    year: options.year,
    programmeId: options.programmeId,
    pseudonymKey: options.pseudonymKey,
    note: 'Alert keys name events by the ids generatedLog gives them (derived from each command\'s Idempotency-Key in the scope "saksi-generate") and actors by their generated names. Commands sent through the API get ids and actors from the access keys, and the time they were sent, so there the keys that hold event ids or actors, and backdating, differ.',
    plantedByRule: sortedKeys(countBy(expected.map((alert) => alert.ruleCode))),
    expected,
    notPlantable: generator.notPlantable(),
  };
  await sink.write(GROUND_TRUTH_FILE, `${JSON.stringify(truth, null, 2)}\n`);
  await sink.write(SUMMARY_FILE, `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}

async function writeVillage(
  village: GeneratedVillage,
  sink: OutputSink,
  summary: GeneratedSummary,
): Promise<void> {
  const commands: string[] = [];
  const rows: Record<CsvKind, string[]> = { beneficiaries: [], approvals: [], payments: [], attendance: [] };
  for (const { event, command } of village.events) {
    commands.push(JSON.stringify(command));
    summary.eventsByType[event.type] = (summary.eventsByType[event.type] ?? 0) + 1;
    const data = event.data as Record<string, string>;
    if (event.type === 'payment.paid') {
      summary.payments.paid++;
      if (data['paidOn']!.slice(0, 7) > data['period']!) summary.payments.paidAfterTheirMonth++;
    }
    if (event.type === 'payment.failed') summary.payments.failed++;
    if (event.type === 'payment.reversed') summary.payments.reversed++;
    const csv = csvRowOf(event.type, data);
    if (csv) rows[csv[0]].push(csv[1]);
  }
  summary.events += village.events.length;
  summary.commands += commands.length;
  if (commands.length > 0) await sink.write(COMMANDS_FILE, `${commands.join('\n')}\n`);
  for (const kind of CSV_KINDS) {
    summary.csvRows[kind] += rows[kind].length;
    if (rows[kind].length > 0) await sink.write(csvFileOf(kind), `${rows[kind].join('\n')}\n`);
  }
}

const countBy = (values: string[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
};
const sortedKeys = (record: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
