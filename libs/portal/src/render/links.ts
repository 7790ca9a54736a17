import { type FigureName, areaLevel } from '@saksi/projections';
import type { Lang } from '../text/language.js';
import { href, type QueryValues } from './url.js';

/**
 * The portal's public addresses, in Indonesian:
 * `/` the nation (or the deployment's home area), `/wilayah/<code>` a province, regency or district,
 * `/desa/<code>` a village, `/desa/<code>/penerima` its recipients, `/asal-usul` a figure's events,
 * `/cari` the search, `/aduan` the grievance form and `/aduan/<tracking code>` its answer.
 */
export function areaHref(code: string, query: QueryValues, lang: Lang): string {
  if (code === '') return href('/', query, lang);
  return href(areaLevel(code) === 'village' ? `/desa/${code}` : `/wilayah/${code}`, query, lang);
}

export interface Scope {
  area: string;
  programmeId: string;
  period: string;
}

/** The events behind one figure of a scope; `period` narrows it to one month of the page's year. */
export function provenanceHref(scope: Scope, figure: FigureName, lang: Lang, period?: string): string {
  return href(
    '/asal-usul',
    { wilayah: scope.area, program: scope.programmeId, periode: period ?? scope.period, angka: figure },
    lang,
  );
}

/** The read API's address for links a browser follows (CSV, printable report). */
export function readApiHref(base: string, path: string, query: QueryValues): string {
  return `${base}${href(path, query, 'id')}`;
}
