import { type AreaLevel, type Period, rupiah, wholeNumber } from '@saksi/projections';
import type { AreaFigures } from '../queries/area-figures.query.js';
import type { NamedArea } from '../queries/area-names.js';
import type { ProgrammeChoice } from '../queries/programmes.query.js';
import { barChart } from '../render/chart.svg.js';
import { type DataTable, tableHtml } from '../render/data-table.js';
import { alertsTable, grievancesTable, kpmBySexTable, trainingTable } from '../render/figure-tables.js';
import { type Html, html } from '../render/html.js';
import { areaHref, provenanceHref, readApiHref, type Scope } from '../render/links.js';
import { breadcrumb, keyFigure, scopeForm } from '../render/parts.html.js';
import { href } from '../render/url.js';
import { AREA } from '../text/area.text.js';
import { COMMON } from '../text/common.text.js';
import { FIGURES } from '../text/figures.text.js';
import type { Lang } from '../text/language.js';
import { KEY_FIGURES } from './figure-sections.html.js';
import type { FiguresPage } from './village.page.js';

export interface AreaPageInput {
  lang: Lang;
  area: NamedArea;
  trail: NamedArea[];
  /** The level of the areas below (provinces under the nation, and so on). */
  childLevel: AreaLevel;
  childName: (code: string) => string;
  programmes: ProgrammeChoice[];
  programme: ProgrammeChoice;
  period: Period;
  data: AreaFigures;
  readApiUrl: string;
  /** On the home page: the search form, for a reader who knows their village's name. */
  search?: Html | undefined;
}

/** `/` and `/wilayah/<code>`: an area's figures and those of each area below it, to drill down. */
export function areaPage(input: AreaPageInput): FiguresPage {
  const { lang, area, programme, period, data } = input;
  const a = AREA[lang];
  const c = COMMON[lang];
  const t = FIGURES[lang];
  const query = { program: programme.programmeId, periode: period.label };
  const scope: Scope = { area: area.code, programmeId: programme.programmeId, period: period.label };
  const link = (figure: Parameters<typeof provenanceHref>[1]) => provenanceHref(scope, figure, lang);
  const self = area.code === '' ? '/' : `/wilayah/${area.code}`;
  const csv = (table: string) => href(self, { ...query, csv: table }, lang);
  const childLevel = c.levels[input.childLevel];
  const children: DataTable = {
    id: 'wilayah',
    caption: a.childrenCaption(childLevel),
    rowHeader: childLevel,
    columns: [
      { key: 'funds.allocation', label: t.funds.allocation, kind: 'rupiah' },
      { key: 'kpm.active', label: t.names['kpm.active'], kind: 'count' },
      { key: 'payments.paid', label: t.names['payments.paid'], kind: 'rupiah' },
      { key: 'training.attendance', label: t.names['training.attendance'], kind: 'count' },
      { key: 'grievances.filed', label: t.names['grievances.filed'], kind: 'count' },
    ],
    rows: data.children.map((child) => {
      const childScope = { ...scope, area: child.area.code };
      return {
        key: child.area.code,
        label: input.childName(child.area.code),
        href: areaHref(child.area.code, query, lang),
        cells: [
          { value: child.funds.allocation, href: provenanceHref(childScope, 'allocation', lang) },
          { value: child.kpm.active, href: provenanceHref(childScope, 'kpm.active', lang) },
          { value: child.payments.paid, href: provenanceHref(childScope, 'payments.paid', lang) },
          { value: child.training.attendance, href: provenanceHref(childScope, 'training.attendance', lang) },
          { value: child.grievances.filed, href: provenanceHref(childScope, 'grievances.filed', lang) },
        ],
      };
    }),
  };
  const tables = [
    children,
    kpmBySexTable(data.figures, lang, link),
    trainingTable(data.figures, lang, link),
    grievancesTable(data.figures, lang, link),
    alertsTable(data.alerts, lang),
  ];
  const table = (id: string) =>
    tableHtml(
      tables.find((candidate) => candidate.id === id)!,
      lang,
      csv(id),
    );
  const top = [...data.children].sort((x, y) => y.payments.paid - x.payments.paid)[0];
  const name = area.code === '' ? c.nation : `${c.levels[area.level]} ${area.name}`;
  const body: Html = html`${area.code === '' ? null : breadcrumb(input.trail, lang, query)}
    <h1>${name}</h1>
    <p class="lead">${programme.name} · ${c.period} ${period.label}</p>
    <p>${a.intro}</p>
    ${input.search ?? null} ${scopeForm(self, input.programmes, programme, period.label, lang, a.periodHint)}
    <h2>${a.summary}</h2>
    <ul class="cards">
      ${KEY_FIGURES.map(({ figure, pick, kind }) =>
        keyFigure(
          t.names[figure],
          kind === 'rupiah' ? rupiah(pick(data.figures), lang) : wholeNumber(pick(data.figures), lang),
          link(figure),
        ),
      )}
    </ul>
    <p>
      <a
        href="${readApiHref(input.readApiUrl, '/api/v1/figures/areas', {
          parent: area.code,
          programme: programme.programmeId,
          period: period.label,
          format: 'csv',
        })}"
        download
        >${c.csvAll}</a
      >
    </p>
    <section aria-labelledby="h-wilayah">
      <h2 id="h-wilayah">${a.childrenHeading(childLevel)}</h2>
      ${
        data.children.length
          ? html`<figure>
                ${barChart({
                  id: 'g-wilayah',
                  title: a.childrenChart(childLevel),
                  description: a.childrenChartDesc(
                    childLevel,
                    top ? `${input.childName(top.area.code)} ${rupiah(top.payments.paid, lang)}` : '—',
                  ),
                  bars: data.children.map((child) => ({
                    label: input.childName(child.area.code),
                    value: child.payments.paid,
                    text: rupiah(child.payments.paid, lang),
                  })),
                })}
                <figcaption>${c.chartNote}</figcaption>
              </figure>
              ${table('wilayah')}`
          : html`<p>${c.noData}</p>`
      }
    </section>
    <section aria-labelledby="h-kpm">
      <h2 id="h-kpm">${t.kpm.heading}</h2>
      ${table('kpm')}
    </section>
    <section aria-labelledby="h-latih">
      <h2 id="h-latih">${t.training.heading}</h2>
      ${table('pelatihan')}
    </section>
    <section aria-labelledby="h-aduan">
      <h2 id="h-aduan">${t.grievances.heading}</h2>
      ${table('aduan')}
    </section>
    <section aria-labelledby="h-peringatan">
      <h2 id="h-peringatan">${t.alerts.heading}</h2>
      <p>${t.alerts.intro}</p>
      ${data.alerts.length ? table('peringatan') : html`<p>${t.alerts.none}</p>`}
    </section>`;
  return { title: name, body, tables };
}
