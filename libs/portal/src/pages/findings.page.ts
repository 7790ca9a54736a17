import type { FindingRow } from '../queries/findings.query.js';
import { type Html, html } from '../render/html.js';
import type { Lang } from '../text/language.js';
import { OVERSIGHT } from '../text/oversight.text.js';
import { findingsTable } from './findings.html.js';

/** `/pengawasan/temuan`: every forum's findings in an area. */
export function findingsPage(
  lang: Lang,
  rows: FindingRow[],
  villageName: (code: string) => string,
): { title: string; body: Html } {
  const t = OVERSIGHT[lang].findings;
  return {
    title: t.heading,
    body: html`<h1>${t.heading}</h1>
      ${findingsTable(lang, rows, villageName)}`,
  };
}
