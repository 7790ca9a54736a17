import { rupiah, wholeNumber } from '@saksi/projections';
import type { NamedArea } from '../queries/area-names.js';
import type { ProgrammeChoice } from '../queries/programmes.query.js';
import type { PublicRecipient } from '../queries/recipients.query.js';
import { type Html, html } from '../render/html.js';
import { areaHref } from '../render/links.js';
import { breadcrumb } from '../render/parts.html.js';
import { FIGURES } from '../text/figures.text.js';
import type { Lang } from '../text/language.js';
import { monthShort } from '../text/months.text.js';
import { RECIPIENTS } from '../text/recipients.text.js';

export interface RecipientsPageInput {
  lang: Lang;
  village: NamedArea;
  trail: NamedArea[];
  programme: ProgrammeChoice;
  period: string;
  recipients: PublicRecipient[];
}

/** `/desa/<code>/penerima`: the public notice of recipients, never more than the law allows. */
export function recipientsPage(input: RecipientsPageInput): { title: string; body: Html } {
  const { lang, village, programme } = input;
  const t = RECIPIENTS[lang];
  const query = { program: programme.programmeId, periode: input.period };
  const place = (r: PublicRecipient) =>
    [r.hamlet, r.rt || r.rw ? `RT ${r.rt ?? '—'}/RW ${r.rw ?? '—'}` : null].filter(Boolean).join(', ') || '—';
  const paid = (r: PublicRecipient) =>
    r.payments.length === 0
      ? '—'
      : r.payments.map(
          (payment, index) =>
            html`${index ? html`<br />` : null}${monthShort(payment.period, lang)}
            ${payment.period.slice(0, 4)}:
            ${
              payment.kind === 'paid'
                ? rupiah(payment.amount, lang)
                : `−${rupiah(payment.amount, lang)} (${t.reversed})`
            }`,
        );
  return {
    title: t.heading(village.name),
    body: html`${breadcrumb(input.trail, lang, query)}
      <p><a href="${areaHref(village.code, query, lang)}">${t.back}</a></p>
      <h1>${t.heading(village.name)}</h1>
      <p class="lead">${programme.name}</p>
      <p>${t.intro}</p>
      <p class="notice">${t.privacy}</p>
      ${
        input.recipients.length === 0
          ? html`<p>${t.none}</p>`
          : html`<p>${t.count(wholeNumber(input.recipients.length, lang))}</p>
              <div class="scroll" role="region" aria-label="${t.caption}" tabindex="0">
                <table>
                  <caption>
                    ${t.caption}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${t.initials}</th>
                      <th scope="col">${t.place}</th>
                      <th scope="col">${t.status}</th>
                      <th scope="col">${t.paid}</th>
                      <th scope="col">${t.musdes}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${input.recipients.map(
                      (r) =>
                        html`<tr>
                          <th scope="row">${r.initials ?? '—'}</th>
                          <td>${place(r)}</td>
                          <td>${FIGURES[lang].kpmStatuses[r.status] ?? r.status}</td>
                          <td class="n">${paid(r)}</td>
                          <td>${r.musdesRef ?? '—'}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
      }`,
  };
}
