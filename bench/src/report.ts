import { readFileSync, writeFileSync } from 'node:fs';
import type { Measurement } from './workloads.js';

/** One line of the table: Saksi's figure on each storage, and what it is compared with in the same run. */
export interface ReportRow {
  group: string;
  workload: string;
  unit: string;
  server?: string;
  embedded?: string;
  reference?: string;
  ratio?: string;
  target?: string;
}

export const perSecond = (m: Measurement | undefined): number | undefined =>
  m && m.seconds > 0 ? m.events / m.seconds : undefined;

export const count = (value: number | undefined): string | undefined =>
  value === undefined ? undefined : Math.round(value).toLocaleString('en');

export const millis = (p50: number, p99: number): string => `${p50.toFixed(0)} / ${p99.toFixed(0)}`;

/** "3.2×", and whether it meets a target ratio (≥ unless `atMost`). */
export function ratio(
  saksi: number | undefined,
  reference: number | undefined,
  target?: number,
): Pick<ReportRow, 'ratio' | 'target'> {
  if (saksi === undefined || reference === undefined || reference === 0) return {};
  const value = saksi / reference;
  return {
    ratio: `${value.toFixed(2)}×`,
    ...(target === undefined ? {} : { target: `≥ ${target}× ${value >= target ? 'met' : 'NOT met'}` }),
  };
}

export function renderTable(rows: ReportRow[]): string {
  const header = [
    'group',
    'workload',
    'unit',
    'Saksi, PostgreSQL server / cluster',
    'Saksi, embedded (PGlite)',
    'reference, same run',
    'ratio',
    'target',
  ];
  const lines = rows.map((row) => [
    row.group,
    row.workload,
    row.unit,
    row.server ?? '–',
    row.embedded ?? '–',
    row.reference ?? '–',
    row.ratio ?? '–',
    row.target ?? '',
  ]);
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the generated part of BENCHMARKS.md and keeps the hand-written notes around it. */
export function writeBenchmarks(path: string, generated: string): void {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    text = `# Benchmarks\n\n${START}\n${END}\n`;
  }
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  const section = `${START}\n${generated.trim()}\n${END}`;
  writeFileSync(
    path,
    start >= 0 && end > start
      ? text.slice(0, start) + section + text.slice(end + END.length)
      : `${text.trimEnd()}\n\n${section}\n`,
  );
}
