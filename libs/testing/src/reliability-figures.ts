import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The fault and security suites run short in CI and long by hand (`npm run reliability`), which sets
 * SAKSI_RELIABILITY_MODE=full. Suites size their work from this, never from timing.
 */
export type ReliabilityMode = 'quick' | 'full';

export function reliabilityMode(): ReliabilityMode {
  return process.env['SAKSI_RELIABILITY_MODE'] === 'full' ? 'full' : 'quick';
}

/** A figure as RELIABILITY.md shows it: a count or a short phrase. */
export type Figure = number | string;

/**
 * Writes what a suite did (faults injected, commands sent, inputs fuzzed, ...) as
 * `<dir>/<suite>.json`, where `npm run reliability` collects them into RELIABILITY.md. The directory
 * is SAKSI_RELIABILITY_DIR, or `.reliability` at the repository root.
 */
export function recordFigures(suite: string, figures: Record<string, Figure>): void {
  const dir = resolve(process.env['SAKSI_RELIABILITY_DIR'] ?? '.reliability');
  mkdirSync(dir, { recursive: true });
  const record = { suite, mode: reliabilityMode(), at: new Date().toISOString(), figures };
  writeFileSync(join(dir, `${suite}.json`), `${JSON.stringify(record, null, 2)}\n`);
}
