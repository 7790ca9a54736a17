import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import type { AreaDirectory } from '@saksi/area';
import type { Storage } from '@saksi/database';
import { EVENT_STORE, type EventStore } from '@saksi/event-store';
import { AREA_DIRECTORY, CommandService, LedgerAppModule, recordDemoYear } from '@saksi/ledger';
import { followLogInProcess, PROJECTIONS, rebuildProjection } from '@saksi/projections';
import { hmacPseudonymiser } from '@saksi/relay';
import type { Measurement } from './workloads.js';

/**
 * The read models over a realistic log (a demo BLT-DD year for real villages: registrations,
 * approvals, monthly payments, training, grievances): how fast all four follow the log from zero,
 * and how long rebuilding them takes, scaled to a million events.
 */
export async function projectionWorkloads(
  storage: Storage,
  villages: number,
): Promise<{ rows: Measurement[]; rebuildSecondsPerMillion: number }> {
  const app = await NestFactory.createApplicationContext(LedgerAppModule.forStorage(storage), {
    logger: ['error'],
  });
  const store = app.get<EventStore>(EVENT_STORE);
  const summary = await recordDemoYear(
    store,
    app.get(CommandService),
    app.get<AreaDirectory>(AREA_DIRECTORY),
    {
      regencyCode: '32.01',
      villages,
      seed: 7,
    },
  );
  const pseudonymise = hmacPseudonymiser(randomBytes(32).toString('hex'));
  const head = (await store.head()).position;

  let started = process.hrtime.bigint();
  const live = await followLogInProcess(store, storage.dataSource, pseudonymise);
  await live.waitFor(head, 3_600_000);
  const followSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  await live.stop();

  started = process.hrtime.bigint();
  for (const projection of PROJECTIONS) await rebuildProjection(storage.dataSource, projection, pseudonymise);
  const rebuildSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  // Not closed: the Nest context would close the storage the caller still owns.
  return {
    rows: [
      {
        workload: `${PROJECTIONS.length} read models follow the log (${summary.villages} villages, ${summary.families} families)`,
        events: head,
        seconds: followSeconds,
      },
      {
        workload: `rebuild all ${PROJECTIONS.length} read models from zero`,
        events: head,
        seconds: rebuildSeconds,
      },
    ],
    rebuildSecondsPerMillion: (rebuildSeconds * 1_000_000) / head,
  };
}
