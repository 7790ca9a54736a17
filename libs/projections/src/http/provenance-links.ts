import { FIGURE_NAMES, type FigureName } from '../figures/programme-figures.js';
import type { FigureScope } from './figure-scope.js';

export const PROVENANCE_PATH = '/api/v1/figures/provenance';

/** The relative URL listing the events behind one figure of a scope. */
export function provenanceUrl(scope: FigureScope, figure: FigureName): string {
  const query = new URLSearchParams({
    ...(scope.area ? { area: scope.area } : {}),
    programme: scope.programmeId,
    period: scope.period.label,
    figure,
  });
  return `${PROVENANCE_PATH}?${query.toString()}`;
}

/** For each figure that can be traced, where its events are listed. */
export function provenanceLinks(scope: FigureScope): Record<FigureName, string> {
  return Object.fromEntries(FIGURE_NAMES.map((figure) => [figure, provenanceUrl(scope, figure)])) as Record<
    FigureName,
    string
  >;
}
