import type { NamedArea } from '../queries/area-names.js';
import type { ProgrammeChoice } from '../queries/programmes.query.js';
import { COMMON } from '../text/common.text.js';
import type { Lang } from '../text/language.js';
import { type Html, html } from './html.js';
import { areaHref } from './links.js';

/** Where an area sits: links to each area above it, the current one marked. */
export function breadcrumb(trail: readonly NamedArea[], lang: Lang, query: Record<string, string>): Html {
  const t = COMMON[lang];
  return html`<nav class="crumbs" aria-label="${t.breadcrumb}">
    <ol>
      ${trail.map((area, index) =>
        index === trail.length - 1
          ? html`<li><a href="${areaHref(area.code, query, lang)}" aria-current="page">${area.name}</a></li>`
          : html`<li><a href="${areaHref(area.code, query, lang)}">${area.name}</a></li>`,
      )}
    </ol>
  </nav>`;
}

/** Choose programme and period: a plain GET form, no script needed. */
export function scopeForm(
  action: string,
  programmes: readonly ProgrammeChoice[],
  chosen: ProgrammeChoice,
  period: string,
  lang: Lang,
  periodHint: string,
): Html {
  const t = COMMON[lang];
  return html`<form class="inline" method="get" action="${action}">
    <label
      >${t.programme}<select name="program">
        ${programmes.map(
          (programme) =>
            html`<option
              value="${programme.programmeId}"
              ${programme.programmeId === chosen.programmeId ? html` selected` : null}
            >
              ${programme.name}
            </option>`,
        )}
      </select></label
    >
    <label
      >${t.period} <span class="hint">${periodHint}</span
      ><input type="text" name="periode" value="${period}" inputmode="numeric" size="8"
    /></label>
    ${lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : null}
    <button type="submit">${t.show}</button>
  </form>`;
}

/** A figure in large type for the top of a page, linked to its events. */
export function keyFigure(label: string, value: string, link: string): Html {
  return html`<li>
    <a href="${link}"><span class="big">${value}</span></a
    >${label}
  </li>`;
}
