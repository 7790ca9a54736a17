import type { DataSource } from 'typeorm';
import { projectionStatus } from '../runner/projection-status.js';
import { queryFigures } from './figures.query.js';
import type { Period } from './period.js';
import type { ProgrammeFigures } from './programme-figures.js';

/** Today's figures from the live read models, stamped with the position all of them have reached. */
export async function liveFigures(
  dataSource: DataSource,
  query: { area: string; programmeId: string; period: Period },
): Promise<ProgrammeFigures> {
  const reached = Math.min(...(await projectionStatus(dataSource)).map((status) => status.position));
  return queryFigures(dataSource.manager, query.area, query.programmeId, query.period, reached);
}
