import type { Pseudonymise } from '@saksi/events';
import type { DataSource, EntityManager } from 'typeorm';
import { queryFigures } from '../figures/figures.query.js';
import type { Period } from '../figures/period.js';
import type { ProgrammeFigures } from '../figures/programme-figures.js';
import { PROJECTIONS } from '../projections.js';
import { endOfFieldDay } from '../read-models/field-date.js';
import { feedFromLog } from '../runner/feed-from-log.js';
import { createPrivateTables } from '../runner/private-tables.js';
import { streamsOfArea } from './area-streams.js';

/** A log position, or the end of a calendar day (what had been recorded by midnight, WIB). */
export type AsOf = { position: number } | { date: string };

/**
 * The figures as they stood at a past point of the log, computed from the log itself: the area's
 * streams are replayed up to that point into private copies of the read models, through the same
 * projection code, and the same figure queries run on them. Which streams belong to the area is read
 * from today's read models: a family moved out of the area by a later correction is missed.
 */
export async function figuresAsOf(
  dataSource: DataSource,
  pseudonymise: Pseudonymise,
  query: { area: string; programmeId: string; period: Period; asOf: AsOf },
): Promise<ProgrammeFigures> {
  return dataSource.transaction(async (manager) => {
    const position = await resolvePosition(manager, query.asOf);
    const streamIds = await streamsOfArea(manager, query.area, query.programmeId);
    const tables = PROJECTIONS.flatMap((projection) => projection.tables);
    await createPrivateTables(manager, tables);
    await feedFromLog(manager, PROJECTIONS, pseudonymise, { after: 0, upTo: position, streamIds });
    return queryFigures(manager, query.area, query.programmeId, query.period, position);
  });
}

export async function resolvePosition(manager: EntityManager, asOf: AsOf): Promise<number> {
  if ('position' in asOf) {
    const [row] = await manager.query<{ head: string }[]>(
      'select coalesce(max(position), 0) as head from event_log',
    );
    return Math.min(asOf.position, Number(row!.head));
  }
  const [row] = await manager.query<{ position: string }[]>(
    'select coalesce(max(position), 0) as position from event_log where recorded_at < $1::timestamptz',
    [endOfFieldDay(asOf.date)],
  );
  return Number(row!.position);
}
