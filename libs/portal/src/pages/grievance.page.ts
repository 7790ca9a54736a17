import { grievanceCategory } from '@saksi/events';
import { wholeNumber } from '@saksi/projections';
import type { GrievanceStatus } from '../queries/grievance-status.query.js';
import type { ProgrammeChoice } from '../queries/programmes.query.js';
import { type Html, html } from '../render/html.js';
import { href } from '../render/url.js';
import { GRIEVANCE } from '../text/grievance.text.js';
import type { Lang } from '../text/language.js';
import { dayName } from '../text/months.text.js';

/** What the citizen typed, kept when the form comes back with a problem. */
export interface GrievanceFields {
  desa: string;
  program: string;
  kategori: string;
  isi: string;
  kontak: string;
}

export interface GrievanceFormInput {
  lang: Lang;
  fields: GrievanceFields;
  villageName?: string | undefined;
  programmes: ProgrammeChoice[];
  /** The signed time the form was served (see form-token.ts). */
  token: string;
  problems: string[];
}

const option = (value: string, label: string, chosen: string) =>
  html`<option value="${value}" ${value === chosen ? html` selected` : null}>${label}</option>`;

/** `/aduan`: the grievance form, and the box to follow one already filed. */
export function grievanceFormPage(input: GrievanceFormInput): { title: string; body: Html } {
  const { lang, fields } = input;
  const t = GRIEVANCE[lang];
  return {
    title: t.heading,
    body: html`<h1>${t.heading}</h1>
      <p>${t.intro}</p>
      ${
        input.problems.length
          ? html`<div class="problem" role="alert">
              <p>${t.problems}</p>
              <ul>
                ${input.problems.map((problem) => html`<li>${problem}</li>`)}
              </ul>
            </div>`
          : null
      }
      <form class="stack" method="post" action="${href('/aduan', {}, lang)}">
        <input type="hidden" name="t" value="${input.token}" />
        <label for="desa"
          >${t.village}
          <span class="hint" id="desa-hint"
            >${input.villageName ? `${t.villageOf(input.villageName)}. ` : ''}${t.villageHint}</span
          ></label
        >
        <input
          type="text"
          id="desa"
          name="desa"
          value="${fields.desa}"
          required
          pattern="\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}"
          inputmode="decimal"
          aria-describedby="desa-hint"
          autocomplete="off"
        />
        <label for="program">${t.programme}</label>
        <select id="program" name="program">
          ${option('', t.anyProgramme, fields.program)}${input.programmes.map((programme) =>
            option(programme.programmeId, programme.name, fields.program),
          )}
        </select>
        <label for="kategori">${t.category}</label>
        <select id="kategori" name="kategori">
          ${grievanceCategory.options.map((category) =>
            option(category, t.categories[category], fields.kategori),
          )}
        </select>
        <label for="isi">${t.text} <span class="hint" id="isi-hint">${t.textHint}</span></label>
        <textarea id="isi" name="isi" required maxlength="4000" aria-describedby="isi-hint">
${fields.isi}</textarea>
        <label for="kontak">${t.contact} <span class="hint" id="kontak-hint">${t.contactHint}</span></label>
        <input
          type="text"
          id="kontak"
          name="kontak"
          value="${fields.kontak}"
          maxlength="200"
          aria-describedby="kontak-hint"
          autocomplete="off"
        />
        <div class="hp" aria-hidden="true">
          <label for="situs">${t.trap}</label
          ><input type="text" id="situs" name="situs" tabindex="-1" autocomplete="off" />
        </div>
        ${lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : null}
        <button type="submit">${t.send}</button>
      </form>
      <section aria-labelledby="h-lacak">
        <h2 id="h-lacak">${t.track.heading}</h2>
        <form class="inline" method="get" action="/aduan/lacak">
          <label
            >${t.track.label}<input
              type="text"
              name="kode"
              required
              pattern="[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}"
              autocomplete="off"
              size="10"
          /></label>
          ${lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : null}
          <button type="submit">${t.track.button}</button>
        </form>
      </section>`,
  };
}

/** After filing: the tracking code, large, and where to follow the answer. */
export function grievanceReceiptPage(
  lang: Lang,
  receipt: { trackingCode: string; answerDueBy: string; position: number | undefined },
): { title: string; body: Html } {
  const t = GRIEVANCE[lang].receipt;
  return {
    title: t.heading,
    body: html`<h1>${t.heading}</h1>
      <p role="status">${t.recorded}</p>
      <p>${t.code}:</p>
      <p class="code" id="kode">${receipt.trackingCode}</p>
      <p>${t.keep}</p>
      <p>${t.due(dayName(receipt.answerDueBy, lang))}</p>
      ${receipt.position === undefined ? null : html`<p class="muted">${t.position(wholeNumber(receipt.position, lang))}</p>`}
      <p><a class="button" href="${href(`/aduan/${receipt.trackingCode}`, {}, lang)}">${t.follow}</a></p>`,
  };
}

/** `/aduan/<code>`: whether it was answered, and the answer, for the citizen who holds the code. */
export function grievanceStatusPage(
  lang: Lang,
  code: string,
  status: GrievanceStatus | undefined,
  villageName: string | undefined,
  today: string,
): { title: string; body: Html } {
  const t = GRIEVANCE[lang];
  const s = t.status;
  if (!status)
    return {
      title: s.heading(code),
      body: html`<h1>${s.heading(code)}</h1>
        <p>${s.unknown}</p>
        <p>${s.unknownHint}</p>
        <p><a href="${href('/aduan', {}, lang)}">${t.again}</a></p>`,
    };
  const day = (date: Date) =>
    dayName(new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 10), lang);
  return {
    title: s.heading(code),
    body: html`<h1>${s.heading(code)}</h1>
      <dl class="data">
        <dt>${s.filed}</dt>
        <dd>${day(status.filedAt)}</dd>
        ${
          status.villageCode
            ? html`<dt>${s.village}</dt>
                <dd>${villageName ?? status.villageCode} (${status.villageCode})</dd>`
            : null
        }
        <dt>${s.category}</dt>
        <dd>${t.categories[status.category as keyof typeof t.categories] ?? status.category}</dd>
        <dt>${s.due}</dt>
        <dd>${dayName(status.answerDueBy, lang)}</dd>
      </dl>
      ${
        status.answeredAt
          ? html`<p class="notice" role="status">${s.answered(day(status.answeredAt))}</p>
              <h2>${s.answer}</h2>
              ${status.answers.map(
                (answer) =>
                  html`<blockquote>
                    <p>${answer.text}</p>
                    <p class="muted">${day(answer.recordedAt)} · #${wholeNumber(answer.position, lang)}</p>
                  </blockquote>`,
              )}`
          : html`<p class="notice" role="status">${s.waiting}</p>
              ${status.answerDueBy < today ? html`<p>${s.overdue}</p>` : null}`
      }`,
  };
}
