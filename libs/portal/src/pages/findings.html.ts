import { wibTime } from '@saksi/projections';
import type { FindingRow } from '../queries/findings.query.js';
import { type Html, html } from '../render/html.js';
import type { Lang } from '../text/language.js';
import { OVERSIGHT } from '../text/oversight.text.js';

/** Forum findings as a table: when, which village, which forum, what they found. */
export function findingsTable(
  lang: Lang,
  rows: readonly FindingRow[],
  villageName: (code: string) => string,
): Html {
  const t = OVERSIGHT[lang].findings;
  if (rows.length === 0) return html`<p>${t.none}</p>`;
  return html`<div class="scroll" role="region" aria-label="${t.caption}" tabindex="0">
    <table>
      <caption>
        ${t.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.recorded}</th>
          <th scope="col">${t.village}</th>
          <th scope="col">${t.forum}</th>
          <th scope="col">${t.summary}</th>
          <th scope="col" class="n">${t.related}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              <td>${wibTime(row.recordedAt)}</td>
              <td>${villageName(row.villageCode)} (${row.villageCode})</td>
              <td>${row.forumName} (${OVERSIGHT[lang].timeline.forums[row.forum] ?? row.forum})</td>
              <td>${row.summary}</td>
              <td class="n">${row.relatedCount}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
