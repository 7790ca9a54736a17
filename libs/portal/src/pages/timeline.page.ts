import { forumKind } from '@saksi/events';
import type { Period, ProgrammeFigures, TimelinePage } from '@saksi/projections';
import { wholeNumber } from '@saksi/projections';
import type { FindingRow } from '../queries/findings.query.js';
import type { NamedArea } from '../queries/area-names.js';
import type { ProgrammeChoice } from '../queries/programmes.query.js';
import { tableHtml } from '../render/data-table.js';
import { eventList } from '../render/event-list.html.js';
import { fundsTable, grievancesTable, kpmBySexTable, trainingTable } from '../render/figure-tables.js';
import { type Html, html } from '../render/html.js';
import { readApiHref } from '../render/links.js';
import { href } from '../render/url.js';
import { COMMON } from '../text/common.text.js';
import type { Lang } from '../text/language.js';
import { dayName } from '../text/months.text.js';
import { OVERSIGHT } from '../text/oversight.text.js';
import { findingsTable } from './findings.html.js';
import { timelineForm } from './oversight-home.page.js';

export interface TimelinePageInput {
  lang: Lang;
  village: NamedArea;
  programmes: ProgrammeChoice[];
  programme: ProgrammeChoice;
  period: Period;
  /** The day chosen, or undefined for today. */
  date: string | undefined;
  /** A log position chosen instead of a day (a head published at an earlier meeting). */
  position: number | undefined;
  upTo: number;
  figures: ProgrammeFigures;
  timeline: TimelinePage;
  findings: FindingRow[];
  csrf: string;
  readApiUrl: string;
  notice?: string | undefined;
}

/**
 * `/pengawasan/desa/<code>`: what a forum audits before its meeting, as of a date: the figures then,
 * every record up to then (pseudonymous), the printable report, and the forum's findings.
 */
export function timelinePage(input: TimelinePageInput): { title: string; body: Html } {
  const { lang, village, programme } = input;
  const t = OVERSIGHT[lang].timeline;
  const noLink = () => undefined;
  const query = { program: programme.programmeId, tanggal: input.date, posisi: input.position };
  const next =
    input.timeline.next === null
      ? null
      : href(`/pengawasan/desa/${village.code}`, { ...query, setelah: input.timeline.next }, lang);
  return {
    title: t.heading(village.name),
    body: html`<h1>${t.heading(village.name)}</h1>
      <p class="lead">
        ${programme.name} ·
        ${
          input.position !== undefined
            ? t.asOfPosition(wholeNumber(input.position, lang))
            : input.date
              ? t.asOf(dayName(input.date, lang))
              : t.today
        }
        ${input.position === undefined ? html`· ${t.reach(wholeNumber(input.upTo, lang))}` : null}
      </p>
      ${input.notice ? html`<p class="notice" role="status">${input.notice}</p>` : null}
      ${timelineForm(lang, input.programmes, {
        desa: village.code,
        program: programme.programmeId,
        tanggal: input.date ?? '',
        posisi: input.position === undefined ? '' : String(input.position),
      })}
      <p>${t.intro}</p>
      <p>
        <a
          href="${readApiHref(input.readApiUrl, `/api/v1/reports/villages/${village.code}`, {
            programme: programme.programmeId,
            period: input.period.label,
            asOfDate: input.position === undefined ? input.date : undefined,
            asOfPosition: input.position,
            lang: lang === 'en' ? 'en' : undefined,
          })}"
          >${t.report}</a
        >
      </p>
      <section aria-labelledby="h-angka">
        <h2 id="h-angka">${t.figures}</h2>
        ${[
          fundsTable(input.figures, lang, noLink, null),
          kpmBySexTable(input.figures, lang, noLink),
          trainingTable(input.figures, lang, noLink),
          grievancesTable(input.figures, lang, noLink),
        ].map((table) => tableHtml(table, lang))}
      </section>
      <section aria-labelledby="h-temuan">
        <h2 id="h-temuan">${t.findings}</h2>
        ${input.findings.length ? findingsTable(lang, input.findings, () => village.name) : html`<p>${t.noFindings}</p>`}
        <h3>${t.record.heading}</h3>
        <form
          class="stack"
          method="post"
          action="${href(`/pengawasan/desa/${village.code}/temuan`, {}, lang)}"
        >
          <input type="hidden" name="_csrf" value="${input.csrf}" />
          <input type="hidden" name="program" value="${programme.programmeId}" />
          <label for="forum">${t.record.forum}</label>
          <select id="forum" name="forum">
            ${forumKind.options.map((kind) => html`<option value="${kind}">${t.forums[kind] ?? kind}</option>`)}
          </select>
          <label for="nama-forum">${t.record.forumName}</label>
          <input type="text" id="nama-forum" name="namaForum" required maxlength="200" />
          <label for="ringkasan">${t.record.summary}</label>
          <textarea id="ringkasan" name="ringkasan" required maxlength="4000"></textarea>
          <button type="submit">${t.record.button}</button>
        </form>
      </section>
      <section aria-labelledby="h-catatan">
        <h2 id="h-catatan">${t.events}</h2>
        ${eventList(input.timeline.entries, lang, 'forum')}
        ${next ? html`<p><a href="${next}">${COMMON[lang].next}</a></p>` : null}
      </section>`,
  };
}
