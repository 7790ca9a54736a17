import { ALL_RULES } from '@saksi/anomalies';
import { wibTime } from '@saksi/projections';
import type { AlertRow, InboxFilter } from '../queries/alerts.query.js';
import { ruleName } from '../render/figure-tables.js';
import { type Html, html } from '../render/html.js';
import { href } from '../render/url.js';
import { ALERTS } from '../text/alerts.text.js';
import { COMMON } from '../text/common.text.js';
import type { Lang } from '../text/language.js';

const STATUSES = ['open', 'acknowledged', 'dismissed', 'resolved'] as const;
const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;

const select = (
  name: string,
  label: string,
  any: string,
  chosen: string | undefined,
  options: [string, string][],
) =>
  html`<label
    >${label}<select name="${name}">
      <option value="">${any}</option>
      ${options.map(
        ([value, text]) =>
          html`<option value="${value}" ${value === chosen ? html` selected` : null}>${text}</option>`,
      )}
    </select></label
  >`;

/** `/pengawasan/peringatan`: the inbox with its filters (area, status, severity, rule), paged. */
export function inboxPage(
  lang: Lang,
  filter: InboxFilter,
  result: { alerts: AlertRow[]; next: number | null },
  villageName: (code: string) => string,
): { title: string; body: Html } {
  const t = ALERTS[lang].inbox;
  const c = COMMON[lang];
  const query = {
    wilayah: filter.area,
    status: filter.status,
    tingkat: filter.severity,
    aturan: filter.rule,
  };
  return {
    title: t.heading,
    body: html`<h1>${t.heading}</h1>
      <p>${t.intro}</p>
      <form class="inline" method="get" action="/pengawasan/peringatan">
        <label
          >${t.area}<input
            type="text"
            name="wilayah"
            value="${filter.area}"
            size="14"
            pattern="[0-9.]*"
            inputmode="decimal"
        /></label>
        ${select(
          'status',
          t.status,
          t.any,
          filter.status,
          STATUSES.map((status) => [status, c.alertStatuses[status]]),
        )}
        ${select(
          'tingkat',
          t.severity,
          t.any,
          filter.severity,
          SEVERITIES.map((severity) => [severity, c.severities[severity]]),
        )}
        ${select(
          'aturan',
          t.rule,
          t.any,
          filter.rule,
          ALL_RULES.map((rule) => [rule.code, rule.code]),
        )}
        ${lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : null}
        <button type="submit">${t.filter}</button>
      </form>
      ${
        result.alerts.length === 0
          ? html`<p role="status">${t.none}</p>`
          : html`<div class="scroll" role="region" aria-label="${t.caption}" tabindex="0">
              <table>
                <caption>
                  ${t.caption}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t.rule}</th>
                    <th scope="col">${t.severity}</th>
                    <th scope="col">${t.status}</th>
                    <th scope="col">${t.village}</th>
                    <th scope="col">${t.subject}</th>
                    <th scope="col">${t.raised}</th>
                    <th scope="col" class="n">${t.level}</th>
                  </tr>
                </thead>
                <tbody>
                  ${result.alerts.map(
                    (alert) =>
                      html`<tr>
                        <th scope="row">
                          <a href="${href(`/pengawasan/peringatan/${alert.alertId}`, {}, lang)}"
                            >${ruleName(alert.ruleCode, lang)}</a
                          >
                          <span class="muted">${alert.ruleCode}</span>
                        </th>
                        <td>
                          ${c.severities[alert.severity as keyof typeof c.severities] ?? alert.severity}
                        </td>
                        <td>
                          ${c.alertStatuses[alert.status as keyof typeof c.alertStatuses] ?? alert.status}
                        </td>
                        <td>
                          ${alert.villageCode ? `${villageName(alert.villageCode)} (${alert.villageCode})` : '—'}
                        </td>
                        <td>${alert.subject}</td>
                        <td>${wibTime(alert.raisedAt)}</td>
                        <td class="n">${alert.level}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
      ${result.next === null ? null : html`<p><a href="${href('/pengawasan/peringatan', { ...query, setelah: result.next }, lang)}">${c.next}</a></p>`}`,
  };
}
