import { ALL_RULES } from '@saksi/anomalies';
import { wibTime } from '@saksi/projections';
import type { AlertFile } from '../queries/alerts.query.js';
import { eventList } from '../render/event-list.html.js';
import { ruleName } from '../render/figure-tables.js';
import { type Html, html } from '../render/html.js';
import { href } from '../render/url.js';
import { ALERTS } from '../text/alerts.text.js';
import { COMMON } from '../text/common.text.js';
import type { Lang } from '../text/language.js';

export interface AlertPageInput {
  lang: Lang;
  file: AlertFile;
  villageName: string | undefined;
  csrf: string;
  notice?: string | undefined;
  problem?: string | undefined;
}

/** The triage a status still allows; the ledger decides, this only leaves out buttons that would be refused. */
function allowed(status: string): ('acknowledge' | 'dismiss' | 'escalate' | 'resolve')[] {
  if (status === 'open') return ['acknowledge', 'dismiss', 'escalate', 'resolve'];
  if (status === 'acknowledged') return ['dismiss', 'escalate', 'resolve'];
  return [];
}

/** `/pengawasan/peringatan/<id>`: one alert, why it matters, its evidence and its triage buttons. */
export function alertPage(input: AlertPageInput): { title: string; body: Html } {
  const { lang, file } = input;
  const { alert } = file;
  const t = ALERTS[lang];
  const c = COMMON[lang];
  const rule = ALL_RULES.find((candidate) => candidate.code === alert.ruleCode);
  const action = (name: string) => href(`/pengawasan/peringatan/${alert.alertId}/${name}`, {}, lang);
  const csrf = html`<input type="hidden" name="_csrf" value="${input.csrf}" />`;
  const forms: Record<string, Html> = {
    acknowledge: html`<form method="post" action="${action('acknowledge')}" class="stack">
      <h3>${t.actions.acknowledge.heading}</h3>
      ${csrf} <label for="catatan">${t.actions.acknowledge.note}</label
      ><input type="text" id="catatan" name="catatan" maxlength="200" />
      <button type="submit">${t.actions.acknowledge.button}</button>
    </form>`,
    dismiss: html`<form method="post" action="${action('dismiss')}" class="stack">
      <h3>${t.actions.dismiss.heading}</h3>
      ${csrf} <label for="alasan-tolak">${t.actions.dismiss.reason}</label
      ><input type="text" id="alasan-tolak" name="alasan" required maxlength="200" />
      <button type="submit">${t.actions.dismiss.button}</button>
    </form>`,
    escalate: html`<form method="post" action="${action('escalate')}" class="stack">
      <h3>${t.actions.escalate.heading}</h3>
      ${csrf} <label for="tingkat">${t.actions.escalate.level}</label
      ><select id="tingkat" name="tingkat">
        ${[1, 2, 3].map(
          (level) =>
            html`<option value="${level}" ${level === alert.level + 1 ? html` selected` : null}>
              ${level}
            </option>`,
        )}
      </select>
      <label for="alasan-eskalasi">${t.actions.escalate.reason}</label
      ><input type="text" id="alasan-eskalasi" name="alasan" required maxlength="200" />
      <button type="submit">${t.actions.escalate.button}</button>
    </form>`,
    resolve: html`<form method="post" action="${action('resolve')}" class="stack">
      <h3>${t.actions.resolve.heading}</h3>
      ${csrf} <label for="penyelesaian">${t.actions.resolve.resolution}</label
      ><textarea id="penyelesaian" name="penyelesaian" required maxlength="4000"></textarea>
      <button type="submit">${t.actions.resolve.button}</button>
    </form>`,
  };
  const actions = allowed(alert.status);
  return {
    title: t.alert.heading(ruleName(alert.ruleCode, lang)),
    body: html`<p><a href="${href('/pengawasan/peringatan', {}, lang)}">${t.inbox.heading}</a></p>
      <h1>${t.alert.heading(ruleName(alert.ruleCode, lang))}</h1>
      ${input.notice ? html`<p class="notice" role="status">${input.notice}</p>` : null}
      ${
        input.problem
          ? html`<div class="problem" role="alert">
              <p><strong>${t.refused}.</strong> ${input.problem}</p>
            </div>`
          : null
      }
      <h2>${t.alert.why}</h2>
      <p>${rule ? rule.explain[lang] : alert.ruleCode}</p>
      <h2>${t.alert.facts}</h2>
      <dl class="data">
        <dt>${t.inbox.rule}</dt>
        <dd>${alert.ruleCode}</dd>
        <dt>${t.alert.subject}</dt>
        <dd>${alert.subject}</dd>
        <dt>${t.alert.village}</dt>
        <dd>
          ${alert.villageCode ? `${input.villageName ?? alert.villageCode} (${alert.villageCode})` : '—'}
        </dd>
        <dt>${t.alert.programme}</dt>
        <dd>${alert.programmeId ?? '—'}</dd>
        <dt>${t.alert.severity}</dt>
        <dd>${c.severities[alert.severity as keyof typeof c.severities] ?? alert.severity}</dd>
        <dt>${t.alert.status}</dt>
        <dd id="status">${c.alertStatuses[alert.status as keyof typeof c.alertStatuses] ?? alert.status}</dd>
        <dt>${t.alert.level}</dt>
        <dd>${alert.level}</dd>
        <dt>${t.alert.raised}</dt>
        <dd>${wibTime(alert.raisedAt)}</dd>
        ${
          alert.closingNote
            ? html`<dt>${t.alert.closing}</dt>
                <dd>${alert.closingNote}</dd>`
            : null
        }
      </dl>
      <h2>${t.alert.details}</h2>
      <dl class="data">
        ${Object.entries(alert.details).map(
          ([key, value]) =>
            html`<dt>${key}</dt>
              <dd>${value === null ? '—' : String(value)}</dd>`,
        )}
      </dl>
      <section aria-labelledby="h-tindakan">
        <h2 id="h-tindakan">${t.alert.actions}</h2>
        ${actions.length ? html`<div class="actions">${actions.map((name) => forms[name])}</div>` : html`<p>${t.alert.closed}</p>`}
      </section>
      <section aria-labelledby="h-bukti">
        <h2 id="h-bukti">${t.alert.evidence}</h2>
        <p>${t.alert.evidenceIntro}</p>
        ${eventList(file.evidence, lang, 'forum')}
      </section>
      <section aria-labelledby="h-riwayat">
        <h2 id="h-riwayat">${t.alert.triage}</h2>
        ${eventList(file.triage, lang, 'forum')}
      </section>`,
  };
}
