import type { Pseudonymise } from '@saksi/events';
import { readLogWith } from '@saksi/event-store';
import type { DataSource } from 'typeorm';
import { type TimelinePage, toTimelineEntry } from '../history/timeline.js';
import { PROVENANCE } from './figure-conditions.js';
import { figureParameters, withParameters } from './figure-parameters.js';
import type { Period } from './period.js';
import { FIGURE_NAMES, type FigureName } from './programme-figures.js';
import { ProjectionError } from '../projection.errors.js';

/**
 * The events behind one figure, in log order, as the public may see them: the same rows the figure
 * counts (figure-conditions.ts), so a figure and its evidence cannot disagree.
 */
export async function figureProvenance(
  dataSource: DataSource,
  pseudonymise: Pseudonymise,
  query: {
    area: string;
    programmeId: string;
    period: Period;
    figure: string;
    after?: number;
    limit?: number;
  },
): Promise<TimelinePage & { figure: FigureName; total: number }> {
  if (!(FIGURE_NAMES as readonly string[]).includes(query.figure))
    throw ProjectionError.unknownFigure(query.figure);
  const figure = query.figure as FigureName;
  const limit = Math.min(query.limit ?? 100, 1_000);
  const rows = await dataSource.query<{ position: string }[]>(
    withParameters(
      `select position from (${PROVENANCE[figure]}) f where position is not null order by position`,
    ),
    figureParameters(query.area, query.programmeId, query.period),
  );
  const positions = rows
    .map((row) => Number(row.position))
    .filter((position) => position > (query.after ?? 0));
  const page = positions.slice(0, limit);
  const events = page.length
    ? await readLogWith(dataSource.manager, {
        after: 0,
        upTo: page[page.length - 1]!,
        positions: page,
        limit,
      })
    : [];
  return {
    figure,
    total: rows.length,
    entries: events.map((event) => toTimelineEntry(event, 'public', pseudonymise)),
    next: positions.length > limit ? page[page.length - 1]! : null,
  };
}
