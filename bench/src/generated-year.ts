import type { EventStore } from '@saksi/event-store';
import { generatedLog } from '@saksi/generator';
import type { Measurement } from './workloads.js';

/** Banten: 1,238 desa, a generated year of about 860,000 events. */
export const BENCH_AREA = '36';

/**
 * Appends `villages` villages' generated programme year (saksi generate's log) as a ledger under
 * load would: every command its own append, thousands in flight, so group commit gathers them. The
 * log is then what the read-model workloads run on.
 */
export async function appendGeneratedYear(store: EventStore, villages: number): Promise<Measurement> {
  const inFlight = new Set<Promise<unknown>>();
  let events = 0;
  const started = process.hrtime.bigint();
  for await (const append of generatedLog({ area: BENCH_AREA, seed: 1, villages })) {
    const appended: Promise<unknown> = store
      .append(append.streamId, append.events, append.expectedVersion)
      .then(() => inFlight.delete(appended));
    inFlight.add(appended);
    events += append.events.length;
    if (inFlight.size >= 4_000) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return {
    workload: `append a generated year, one command per append, 4,000 in flight (${villages} villages of Banten)`,
    events,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
}
