import { randomBytes } from 'node:crypto';
import type { Storage } from '@saksi/database';
import type { Pseudonymise } from '@saksi/events';
import { type EventStore, PostgresEventStore } from '@saksi/event-store';
import { sealPersonalData } from '@saksi/privacy';
import {
  followLogInProcess,
  type Projection,
  PROJECTIONS,
  rebuildProjection,
  rebuildProjections,
} from '@saksi/projections';
import { hmacPseudonymiser } from '@saksi/relay';
import { appendGeneratedYear } from './generated-year.js';
import type { Measurement } from './workloads.js';

/**
 * The read models over a realistic log (a generated BLT-DD year for real villages of Banten:
 * registrations, approvals, monthly payments, training, grievances, corrections): how fast each follows the log from zero on its
 * own and all of them together, and how long rebuilding them takes (one after another, as `saksi
 * replay all` does, and together in one pass over the log), scaled to a million events. Personal data
 * is sealed as the apps seal it, so appends pay for sealing and every read for opening.
 */
export async function projectionWorkloads(
  storage: Storage,
  villages: number,
): Promise<{ rows: Measurement[]; rebuildSecondsPerMillion: number; appended: Measurement }> {
  await sealPersonalData(storage.dataSource, randomBytes(32));
  const store = new PostgresEventStore(storage.dataSource);
  const appended = await appendGeneratedYear(store, villages);
  const pseudonymise = hmacPseudonymiser(randomBytes(32).toString('hex'));
  const head = (await store.head()).position;
  const follow = (projections: readonly Projection[]) =>
    followFromZero(store, storage, pseudonymise, projections, head);

  const rows: Measurement[] = [];
  for (const projection of PROJECTIONS) {
    // Under a name of its own, so the run together below still starts from zero; its rows go after.
    const alone = { ...projection, name: `bench-alone.${projection.name}` };
    rows.push({
      workload: `${projection.name} follows the log alone`,
      events: head,
      seconds: await follow([alone]),
    });
    for (const table of projection.tables) await storage.dataSource.query(`delete from ${table}`);
    await storage.dataSource.query('delete from consumer_handled_event where consumer = $1', [alone.name]);
  }
  rows.push({
    workload: `${PROJECTIONS.length} read models follow the log together`,
    events: head,
    seconds: await follow(PROJECTIONS),
  });

  const oneByOne = await timed(async () => {
    for (const projection of PROJECTIONS)
      await rebuildProjection(storage.dataSource, projection, pseudonymise);
  });
  rows.push({
    workload: `rebuild all ${PROJECTIONS.length} read models from zero, one after another`,
    events: head,
    seconds: oneByOne,
  });
  const together = await timed(() => rebuildProjections(storage.dataSource, PROJECTIONS, pseudonymise));
  rows.push({
    workload: `rebuild all ${PROJECTIONS.length} read models from zero, together`,
    events: head,
    seconds: together,
  });
  return { rows, rebuildSecondsPerMillion: (together * 1_000_000) / head, appended };
}

/** Seconds until the projections, starting from zero, have applied the log up to `head`. */
async function followFromZero(
  store: EventStore,
  storage: Storage,
  pseudonymise: Pseudonymise,
  projections: readonly Projection[],
  head: number,
): Promise<number> {
  const live = await followLogInProcess(store, storage.dataSource, pseudonymise, projections);
  const seconds = await timed(() => live.waitFor(head, 3_600_000));
  await live.stop();
  return seconds;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e9;
}
