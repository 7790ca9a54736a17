import { type Period, rupiah, wholeNumber } from '@saksi/projections';
import type { AreaFigures } from '../queries/area-figures.query.js';
import type { NamedArea } from '../queries/area-names.js';
import type { ProgrammeChoice } from '../queries/programmes.query.js';
import type { DataTable } from '../render/data-table.js';
import { type Html, html } from '../render/html.js';
import { provenanceHref, readApiHref, type Scope } from '../render/links.js';
import { breadcrumb, keyFigure, scopeForm } from '../render/parts.html.js';
import { href } from '../render/url.js';
import { AREA } from '../text/area.text.js';
import { COMMON } from '../text/common.text.js';
import { FIGURES } from '../text/figures.text.js';
import type { Lang } from '../text/language.js';
import { KEY_FIGURES, villageSections, villageTables } from './figure-sections.html.js';

export interface VillagePageInput {
  lang: Lang;
  village: NamedArea;
  trail: NamedArea[];
  programmes: ProgrammeChoice[];
  programme: ProgrammeChoice;
  period: Period;
  data: AreaFigures;
  readApiUrl: string;
}

export interface FiguresPage {
  title: string;
  body: Html;
  tables: DataTable[];
}

/** `/desa/<code>`: one village, one programme, one period. */
export function villagePage(input: VillagePageInput): FiguresPage {
  const { lang, village, programme, period, data } = input;
  const a = AREA[lang];
  const c = COMMON[lang];
  const scope: Scope = { area: village.code, programmeId: programme.programmeId, period: period.label };
  const query = { program: programme.programmeId, periode: period.label };
  const self = `/desa/${village.code}`;
  const tables = villageTables(
    data,
    lang,
    (figure, month) => provenanceHref(scope, figure, lang, month),
    programme,
  );
  const csv = (table: string) => href(self, { ...query, csv: table }, lang);
  const f = data.figures;
  const title = `${a.village(village.name)} · ${programme.name} · ${period.label}`;
  const hasRecords = f.funds.villages > 0 || f.kpm.registered > 0;
  const body = html`${breadcrumb(input.trail, lang, query)}
    <h1>${a.village(village.name)}</h1>
    <p class="lead">${programme.name} · ${c.period} ${period.label} (${period.from} – ${period.to})</p>
    <p>${a.villageIntro}</p>
    ${scopeForm(self, input.programmes, programme, period.label, lang, a.periodHint)}
    ${hasRecords ? null : html`<p class="notice">${c.noData}</p>`}
    <h2>${a.summary}</h2>
    <ul class="cards">
      ${KEY_FIGURES.map(({ figure, pick, kind }) =>
        keyFigure(
          FIGURES[lang].names[figure],
          kind === 'rupiah' ? rupiah(pick(f), lang) : wholeNumber(pick(f), lang),
          provenanceHref(scope, figure, lang),
        ),
      )}
    </ul>
    <ul>
      <li><a href="${href(`${self}/penerima`, query, lang)}">${a.recipients}</a>: ${a.recipientsText}</li>
      <li>
        <a
          href="${readApiHref(input.readApiUrl, `/api/v1/reports/villages/${village.code}`, {
            programme: programme.programmeId,
            period: period.label,
            lang: lang === 'en' ? 'en' : undefined,
          })}"
          >${a.report}</a
        >
      </li>
      <li>
        <a
          href="${readApiHref(input.readApiUrl, '/api/v1/figures', {
            area: village.code,
            programme: programme.programmeId,
            period: period.label,
            format: 'csv',
          })}"
          download
          >${c.csvAll}</a
        >
      </li>
      <li>
        <a href="${href('/aduan', { desa: village.code, program: programme.programmeId }, lang)}"
          >${a.fileGrievance}</a
        >
      </li>
    </ul>
    ${villageSections(data, tables, lang, csv)}`;
  return { title, body, tables };
}
