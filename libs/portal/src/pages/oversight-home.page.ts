import type { Session } from '../security/session.js';
import { type Html, html } from '../render/html.js';
import { href } from '../render/url.js';
import type { ProgrammeChoice } from '../queries/programmes.query.js';
import { COMMON } from '../text/common.text.js';
import type { Lang } from '../text/language.js';
import { OVERSIGHT } from '../text/oversight.text.js';

/** The form that opens a village's timeline: village, programme and "as of" date. */
export function timelineForm(
  lang: Lang,
  programmes: readonly ProgrammeChoice[],
  values: { desa: string; program: string; tanggal: string; posisi: string },
): Html {
  const t = OVERSIGHT[lang].home;
  return html`<form class="inline" method="get" action="/pengawasan/desa">
    <label
      >${t.village} <span class="hint">${t.villageHint}</span
      ><input
        type="text"
        name="desa"
        value="${values.desa}"
        required
        pattern="\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}"
        inputmode="decimal"
        size="14"
    /></label>
    <label
      >${COMMON[lang].programme}<select name="program">
        ${programmes.map(
          (programme) =>
            html`<option
              value="${programme.programmeId}"
              ${programme.programmeId === values.program ? html` selected` : null}
            >
              ${programme.name}
            </option>`,
        )}
      </select></label
    >
    <label
      >${t.date} <span class="hint">${t.dateHint}</span
      ><input type="date" name="tanggal" value="${values.tanggal}"
    /></label>
    <label
      >${t.position} <span class="hint">${t.positionHint}</span
      ><input type="number" name="posisi" value="${values.posisi}" min="0" step="1" size="8"
    /></label>
    ${lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : null}
    <button type="submit">${t.open}</button>
  </form>`;
}

/** `/pengawasan`: what a signed-in forum member or inspector can open. */
export function oversightHomePage(
  lang: Lang,
  session: Session,
  programmes: readonly ProgrammeChoice[],
): { title: string; body: Html } {
  const t = OVERSIGHT[lang];
  const inspector = session.actor.role === 'inspector' || session.actor.role === 'admin';
  return {
    title: t.home.heading,
    body: html`<h1>${t.home.heading}</h1>
      <p>
        ${t.home.signedIn(session.actor.name ?? session.actor.id, t.roles[session.actor.role] ?? session.actor.role)}
      </p>
      ${timelineForm(lang, programmes, { desa: '', program: programmes[0]?.programmeId ?? '', tanggal: '', posisi: '' })}
      <ul>
        <li><a href="${href('/pengawasan/temuan', {}, lang)}">${t.home.findings}</a></li>
        ${inspector ? html`<li><a href="${href('/pengawasan/peringatan', {}, lang)}">${t.home.alerts}</a></li>` : null}
      </ul>`,
  };
}
