import type { FigureName, TimelinePage } from '@saksi/projections';
import { wholeNumber } from '@saksi/projections';
import { eventList } from '../render/event-list.html.js';
import { type Html, html } from '../render/html.js';
import { areaHref, readApiHref, type Scope } from '../render/links.js';
import { href } from '../render/url.js';
import { COMMON } from '../text/common.text.js';
import { FIGURES } from '../text/figures.text.js';
import type { Lang } from '../text/language.js';
import { PROVENANCE } from '../text/provenance.text.js';

export interface ProvenancePageInput {
  lang: Lang;
  scope: Scope;
  areaName: string;
  programmeName: string;
  figure: FigureName;
  page: TimelinePage & { total: number };
  readApiUrl: string;
}

/** `/asal-usul`: the events one figure counts, public view, paged. */
export function provenancePage(input: ProvenancePageInput): { title: string; body: Html } {
  const { lang, scope, figure, page } = input;
  const t = PROVENANCE[lang];
  const figureName = FIGURES[lang].names[figure];
  const back = areaHref(scope.area, { program: scope.programmeId, periode: scope.period }, lang);
  const next =
    page.next === null
      ? null
      : href(
          '/asal-usul',
          {
            wilayah: scope.area,
            program: scope.programmeId,
            periode: scope.period,
            angka: figure,
            setelah: page.next,
          },
          lang,
        );
  return {
    title: t.heading(figureName),
    body: html`<p><a href="${back}">${t.back(input.areaName)}</a></p>
      <h1>${t.heading(figureName)}</h1>
      <p class="lead">${t.scope(input.areaName, input.programmeName, scope.period)}</p>
      <p>${FIGURES[lang].explain[figure]} ${t.total(wholeNumber(page.total, lang))}</p>
      <p class="notice">${t.privacy}</p>
      <section aria-labelledby="h-catatan">
        <h2 id="h-catatan">${figureName}</h2>
        ${eventList(page.entries, lang, 'public')}
        ${next ? html`<p><a href="${next}">${COMMON[lang].next}</a></p>` : null}
      </section>
      <p>${t.check}</p>
      <p class="muted">
        <a
          href="${readApiHref(input.readApiUrl, '/api/v1/figures/provenance', {
            area: scope.area,
            programme: scope.programmeId,
            period: scope.period,
            figure,
          })}"
          >${t.json}</a
        >
      </p>`,
  };
}
