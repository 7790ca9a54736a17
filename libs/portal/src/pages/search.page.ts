import type { FoundArea } from '../queries/area-search.js';
import { type Html, html } from '../render/html.js';
import { areaHref } from '../render/links.js';
import { href } from '../render/url.js';
import { AREA } from '../text/area.text.js';
import { COMMON } from '../text/common.text.js';
import type { Lang } from '../text/language.js';

/** The search form; on the home page too. */
export function searchForm(lang: Lang, query: string): Html {
  const t = AREA[lang].search;
  return html`<form method="get" action="${href('/cari', {}, lang)}" role="search" class="stack">
    <label for="q">${t.label} <span class="hint" id="q-hint">${t.hint}</span></label>
    <input
      type="search"
      id="q"
      name="q"
      value="${query}"
      aria-describedby="q-hint"
      minlength="2"
      maxlength="100"
    />
    ${lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : null}
    <button type="submit">${t.button}</button>
  </form>`;
}

/** `/cari?q=`: areas by name, each with the areas above it to tell namesakes apart. */
export function searchPage(
  lang: Lang,
  query: string,
  results: FoundArea[] | undefined,
): { title: string; body: Html } {
  const t = AREA[lang].search;
  const levels = COMMON[lang].levels;
  return {
    title: t.heading,
    body: html`<h1>${t.heading}</h1>
      ${searchForm(lang, query)}
      ${
        results === undefined
          ? null
          : results.length === 0
            ? html`<p role="status">${t.none}</p>`
            : html`<p role="status">${t.results(results.length)}</p>
                <ul>
                  ${results.map(
                    (area) =>
                      html`<li>
                        <a href="${areaHref(area.code, {}, lang)}">${area.name}</a>
                        <span class="muted"
                          >${levels[area.level]} ·
                          ${area.code}${
                            area.within.length ? ` · ${t.within} ${area.within.join(', ')}` : ''
                          }</span
                        >
                      </li>`,
                  )}
                </ul>`
      }`,
  };
}
