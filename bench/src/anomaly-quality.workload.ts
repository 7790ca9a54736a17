import {
  measureQuality,
  type PlantedProgramme,
  plantedProgramme,
  type QualityReport,
} from '@saksi/anomalies';
import { bltDdRules } from '@saksi/programme';

export interface AnomalyQualityRow {
  ruleCode: string;
  planted: number;
  raised: number;
  truePositives: number;
  precision: number | null;
  recall: number | null;
  /** Where a rule cannot fire under the main year's rules, the dataset it was measured on instead. */
  note: string | null;
  falsePositives: string[];
  misses: string[];
}

export interface AnomalyQuality {
  rows: AnomalyQualityRow[];
  villages: number;
  kpm: number;
  events: number;
  eventsPerSecond: number;
  scans: number;
  scanSeconds: number;
}

/** The scheduled scans run monthly in the replay: cheaper than weekly, and within the look-back window. */
const SCAN_EVERY_DAYS = 30;

/**
 * The anomaly rules' precision and recall on a planted BLT-DD 2024 year (200 villages × scale, five
 * plants of every rule): how many planted anomalies each rule finds, and how many alerts it raises
 * that were not planted. A 12-month year cannot be paid a 13th month, so the rules it cannot plant
 * are measured on a ten-month variant of the year (30 villages × scale).
 */
export async function anomalyQuality(scale: number): Promise<AnomalyQuality> {
  const year = plantedProgramme({
    seed: 2024,
    villages: Math.max(15, Math.round(200 * scale)),
    plantsPerRule: 5,
    year: 2024,
    rules: bltDdRules(2024),
  });
  const report = await measureQuality(year, { scanEveryDays: SCAN_EVERY_DAYS });
  const rows = report.rules.map((rule) => ({ ...rule, note: null as string | null }));
  if (report.notPlantable.length > 0) {
    const variant = await tenMonthYear(scale);
    for (const { ruleCode } of report.notPlantable) {
      const index = rows.findIndex((row) => row.ruleCode === ruleCode);
      const measured = variant.report.rules.find((rule) => rule.ruleCode === ruleCode)!;
      rows[index] = { ...measured, note: `ten-month year, ${variant.programme.summary.villages} villages` };
    }
  }
  return {
    rows,
    villages: year.summary.villages,
    kpm: year.summary.kpm,
    events: report.events,
    eventsPerSecond: report.eventsPerSecond,
    scans: report.scans,
    scanSeconds: report.scanSeconds,
  };
}

async function tenMonthYear(scale: number): Promise<{ programme: PlantedProgramme; report: QualityReport }> {
  const programme = plantedProgramme({
    seed: 10,
    villages: Math.max(15, Math.round(30 * scale)),
    plantsPerRule: 5,
    year: 2024,
    rules: { ...bltDdRules(2024), maxMonthsPerYear: 10 },
  });
  return { programme, report: await measureQuality(programme, { scanEveryDays: SCAN_EVERY_DAYS }) };
}

export async function printAnomalyQuality(scale: number): Promise<void> {
  const quality = await anomalyQuality(scale);
  const ratio = (value: number | null) => (value === null ? '-' : value.toFixed(3));
  const header = ['rule', 'planted', 'raised', 'true positives', 'precision', 'recall'];
  const lines = quality.rows.map((row) => [
    row.note ? `${row.ruleCode} *` : row.ruleCode,
    String(row.planted),
    String(row.raised),
    String(row.truePositives),
    ratio(row.precision),
    ratio(row.recall),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]!.length)),
  );
  const format = (cells: string[]) =>
    cells
      .map((cell, column) => (column >= 1 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join(' | ');
  console.log('');
  console.log(
    `Anomaly rules on a planted BLT-DD 2024 year: ${quality.villages} villages, ${quality.kpm.toLocaleString('en')} KPM, ` +
      `${quality.events.toLocaleString('en')} events`,
  );
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const line of lines) console.log(format(line));
  for (const row of quality.rows.filter((candidate) => candidate.note))
    console.log(`* ${row.ruleCode}: measured on a ${row.note} (a 12-month year has no 13th month to pay)`);
  for (const row of quality.rows.filter(
    (candidate) => candidate.falsePositives.length + candidate.misses.length > 0,
  ))
    console.log(
      `${row.ruleCode}: false positives ${row.falsePositives.slice(0, 3).join(', ') || '-'}; ` +
        `misses ${row.misses.slice(0, 3).join(', ') || '-'}`,
    );
  console.log(
    `judged ${Math.round(quality.eventsPerSecond).toLocaleString('en')} events per second (observe, in-memory facts); ` +
      `${quality.scans} scheduled scans in ${quality.scanSeconds.toFixed(1)} s`,
  );
}
