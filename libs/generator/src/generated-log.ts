import { type AreaDirectory, loadAreaDirectory } from '@saksi/area';
import type { GeneratedNewEvent } from './ledger-recorder.js';
import type { GeneratorOptions } from './generator.options.js';
import { YearGenerator } from './year-generator.js';

/** One append of the generated log: one command's events on its stream, at the version it read. */
export interface GeneratedAppend {
  streamId: string;
  events: GeneratedNewEvent[];
  expectedVersion: number | 'no-stream';
}

export interface GeneratedLogOptions extends GeneratorOptions {
  /** The official areas; loaded from idn-area-data when not given. */
  areas?: AreaDirectory;
}

/**
 * The generated year as the ledger would append it, append by append in log order: for a benchmark
 * to write a province straight into an event store (`store.append(streamId, events, expectedVersion)`)
 * and project it. Personal data is in clear, as the ledger receives it (a store with a sealer seals
 * it on append; the relay and the projections treat it on the way out). Village by village: nothing
 * but the current district is held.
 */
export async function* generatedLog(options: GeneratedLogOptions): AsyncGenerator<GeneratedAppend> {
  const areas = options.areas ?? (await loadAreaDirectory());
  // Villages come one after another, but streams they share (the programme's village allocations)
  // were numbered in the district's recording order; the versions are counted again in the order
  // the appends are yielded, so each one expects exactly what the log holds when it arrives.
  const versions = new Map<string, number>();
  for (const village of new YearGenerator(areas, options).villages())
    for (const { streamId, event } of village.events) {
      const version = versions.get(streamId) ?? 0;
      versions.set(streamId, version + 1);
      yield { streamId, events: [event], expectedVersion: version === 0 ? 'no-stream' : version };
    }
}
