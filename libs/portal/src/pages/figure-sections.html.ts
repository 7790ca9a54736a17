import { type FigureName, type ProgrammeFigures, percent, rupiah, wholeNumber } from '@saksi/projections';
import type { AreaFigures } from '../queries/area-figures.query.js';
import type { ProgrammeChoice } from '../queries/programmes.query.js';
import { barChart, columnChart } from '../render/chart.svg.js';
import { type DataTable, tableHtml } from '../render/data-table.js';
import {
  alertsTable,
  fundsTable,
  grievancesTable,
  kpmByAgeTable,
  kpmBySexTable,
  monthsTable,
  type ProvenanceLink,
  trainingTable,
} from '../render/figure-tables.js';
import { type Html, html } from '../render/html.js';
import { AREA } from '../text/area.text.js';
import { COMMON } from '../text/common.text.js';
import { FIGURES } from '../text/figures.text.js';
import type { Lang } from '../text/language.js';
import { monthName, monthShort } from '../text/months.text.js';

/** The tables a village page shows (and serves as CSV), in the order it shows them. */
export function villageTables(
  data: AreaFigures,
  lang: Lang,
  link: ProvenanceLink,
  programme: ProgrammeChoice,
): DataTable[] {
  const f = data.figures;
  return [
    fundsTable(f, lang, link, allowedShare(programme, lang)),
    kpmBySexTable(f, lang, link),
    kpmByAgeTable(f, lang, link),
    monthsTable(data.months, lang, link, (month) => monthName(month, lang)),
    trainingTable(f, lang, link),
    grievancesTable(f, lang, link),
    alertsTable(data.alerts, lang),
  ];
}

function allowedShare(programme: ProgrammeChoice, lang: Lang): string | null {
  const { shareMin: min, shareMax: max } = programme;
  if (min !== null && max !== null) return `${percent(min, lang)}–${percent(max, lang)}`;
  if (max !== null) return `≤ ${percent(max, lang)}`;
  if (min !== null) return `≥ ${percent(min, lang)}`;
  return null;
}

/**
 * The sections of a village page: a chart where a picture says it faster, the table with the same
 * numbers under it, and a CSV link for each table.
 */
export function villageSections(
  data: AreaFigures,
  tables: DataTable[],
  lang: Lang,
  csv: (table: string) => string,
): Html {
  const f = data.figures;
  const a = AREA[lang];
  const t = FIGURES[lang];
  const c = COMMON[lang];
  const n = (value: number) => wholeNumber(value, lang);
  const rp = (value: number) => rupiah(value, lang);
  const table = (id: string) => {
    const found = tables.find((candidate) => candidate.id === id)!;
    return tableHtml(found, lang, csv(id));
  };
  const months = data.months;
  const sum = (pick: (m: ProgrammeFigures) => number) => months.reduce((total, m) => total + pick(m), 0);
  return html`<section aria-labelledby="h-dana">
      <h2 id="h-dana">${t.funds.heading}</h2>
      <figure>
        ${barChart({
          id: 'g-dana',
          title: a.fundsChart,
          description: a.fundsChartDesc(
            rp(f.funds.danaDesa),
            rp(f.funds.allocation),
            f.funds.allocationShare === null ? '—' : percent(f.funds.allocationShare, lang),
          ),
          bars: [
            { label: t.funds.danaDesa, value: f.funds.danaDesa, text: rp(f.funds.danaDesa) },
            { label: t.funds.allocation, value: f.funds.allocation, text: rp(f.funds.allocation) },
          ],
        })}
        <figcaption>${c.chartNote}</figcaption>
      </figure>
      ${table('dana')}
    </section>
    <section aria-labelledby="h-kpm">
      <h2 id="h-kpm">${t.kpm.heading}</h2>
      <figure>
        ${barChart({
          id: 'g-kpm',
          title: a.kpmChart,
          description: a.kpmChartDesc(n(f.kpm.active), n(f.kpm.bySex.F.active), n(f.kpm.bySex.M.active)),
          bars: (['registered', 'approved', 'active', 'exited'] as const).map((status) => ({
            label: c.statuses[status],
            value: f.kpm[status],
            text: n(f.kpm[status]),
          })),
        })}
        <figcaption>${c.chartNote}</figcaption>
      </figure>
      ${table('kpm')} ${table('kpm-umur')}
    </section>
    <section aria-labelledby="h-uang">
      <h2 id="h-uang">${t.money.heading}</h2>
      <figure>
        ${columnChart({
          id: 'g-uang',
          title: a.moneyChart,
          description: a.moneyChartDesc(rp(sum((m) => m.payments.due)), rp(sum((m) => m.payments.paid))),
          groups: months.map((m) => ({
            label: monthShort(m.period.label, lang),
            values: [m.payments.due, m.payments.paid],
          })),
          maxText: (max) => a.maxLabel(rp(max)),
        })}
        <figcaption>
          <span class="key k1"></span>${a.legendDue} · <span class="key k2"></span>${a.legendPaid}.
          ${c.chartNote}
        </figcaption>
      </figure>
      ${table('bulanan')}
    </section>
    <section aria-labelledby="h-latih">
      <h2 id="h-latih">${t.training.heading}</h2>
      <figure>
        ${barChart({
          id: 'g-latih',
          title: a.trainingChart,
          description: a.trainingChartDesc(n(f.training.attendanceBySex.F), n(f.training.attendanceBySex.M)),
          bars: (['F', 'M'] as const).map((sex) => ({
            label: c.sexes[sex],
            value: f.training.attendanceBySex[sex],
            text: n(f.training.attendanceBySex[sex]),
          })),
        })}
        <figcaption>${c.chartNote}</figcaption>
      </figure>
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
}

/** The four numbers at the top of an area's page. */
export const KEY_FIGURES: {
  figure: FigureName;
  pick: (f: ProgrammeFigures) => number;
  kind: 'rupiah' | 'count';
}[] = [
  { figure: 'allocation', pick: (f) => f.funds.allocation, kind: 'rupiah' },
  { figure: 'kpm.active', pick: (f) => f.kpm.active, kind: 'count' },
  { figure: 'payments.paid', pick: (f) => f.payments.paid, kind: 'rupiah' },
  { figure: 'training.attendance', pick: (f) => f.training.attendance, kind: 'count' },
];
