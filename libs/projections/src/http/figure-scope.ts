import type { Pseudonymise } from '@saksi/events';
import type { DataSource } from 'typeorm';
import { areaLevel } from '../figures/area-scope.js';
import { liveFigures } from '../figures/live-figures.js';
import { parsePeriod, type Period } from '../figures/period.js';
import type { ProgrammeFigures } from '../figures/programme-figures.js';
import { type AsOf, figuresAsOf } from '../history/as-of.js';
import { ReadApiError } from './read-api.errors.js';

export interface FigureScope {
  area: string;
  programmeId: string;
  period: Period;
}

/** The validated scope of a figures request; a bad area or period is refused with its own code. */
export function figureScope(query: { area: string; programme: string; period: string }): FigureScope {
  areaLevel(query.area);
  return { area: query.area, programmeId: query.programme, period: parsePeriod(query.period) };
}

export function asOfOf(query: {
  asOfPosition?: number | undefined;
  asOfDate?: string | undefined;
}): AsOf | undefined {
  if (query.asOfPosition !== undefined && query.asOfDate !== undefined) throw ReadApiError.asOfTwice();
  if (query.asOfPosition !== undefined) return { position: query.asOfPosition };
  if (query.asOfDate !== undefined) return { date: query.asOfDate };
  return undefined;
}

/** Today's figures from the read models, or the figures as they stood at a past point of the log. */
export function figuresFor(
  dataSource: DataSource,
  pseudonymise: Pseudonymise,
  scope: FigureScope,
  asOf: AsOf | undefined,
): Promise<ProgrammeFigures> {
  return asOf ? figuresAsOf(dataSource, pseudonymise, { ...scope, asOf }) : liveFigures(dataSource, scope);
}
