import type { LogHead } from '@saksi/event-store';
import type { FigureName, ProgrammeFigures } from '../figures/programme-figures.js';
import type { FigureScope } from './figure-scope.js';
import {
  decimal,
  escapeHtml as esc,
  percent,
  type ReportLanguage,
  rupiah,
  wholeNumber,
  wibTime,
} from './html-format.js';
import { provenanceUrl } from './provenance-links.js';
import { REPORT_CSS } from './village-report.style.js';
import { REPORT_TEXT } from './village-report.text.js';

export interface VillageReportInput {
  scope: FigureScope;
  figures: ProgrammeFigures;
  language: ReportLanguage;
  head: LogHead;
  producedAt: Date;
  villageName?: string | undefined;
  programmeName?: string | undefined;
}

const STATUSES = ['registered', 'approved', 'active', 'exited'] as const;
const AGE_GROUPS = ['youth', 'adult', 'elderly', 'unknown'] as const;
const DASH = '—';

/**
 * A village's figures for one period as a printable page for the oversight forum's meeting: every
 * figure links to the events behind it, and the footer names the log head to check it against.
 */
export function renderVillageReport(input: VillageReportInput): string {
  const { figures: f, language } = input;
  const t = REPORT_TEXT[language];
  const n = (value: number) => wholeNumber(value, language);
  const rp = (value: number) => rupiah(value, language);
  const figure = (name: FigureName, text: string) =>
    `<td class="n"><a href="${esc(provenanceUrl(input.scope, name))}">${esc(text)}</a></td>`;
  const none = `<td class="n">${DASH}</td>`;
  const label = (text: string) => `<th scope="row">${esc(text)}</th>`;
  const table = (caption: string, columns: string[], rows: string[]) =>
    `<table><caption>${esc(caption)}</caption><thead><tr>${columns
      .map((column) => `<th scope="col">${esc(column)}</th>`)
      .join('')}</tr></thead><tbody>${rows.map((row) => `<tr>${row}</tr>`).join('')}</tbody></table>`;
  const name = input.villageName ?? f.area.code;
  const programme = input.programmeName ? `${input.programmeName} (${f.programmeId})` : f.programmeId;
  const meta: [string, string][] = [
    ...(input.villageName ? [[t.village, input.villageName] as [string, string]] : []),
    [t.villageCode, f.area.code],
    [t.programme, programme],
    [t.period, `${f.period.label} (${f.period.from} ${t.until} ${f.period.to})`],
    [t.printed, wibTime(input.producedAt)],
  ];
  const share = (value: number | null, of: FigureName) =>
    figure(of, value === null ? DASH : percent(value, language));
  const headLine = `${input.head.position}:${input.head.hash}`;

  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${t.title}: ${name} · ${f.programmeId} · ${f.period.label}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${esc(`${t.title}: ${name}`)}</h1>
<dl class="meta">${meta.map(([term, value]) => `<dt>${esc(term)}</dt><dd>${esc(value)}</dd>`).join('')}</dl>
<p>${esc(t.intro)}</p>
</header>
<main>
<section>
<h2>${esc(t.funds.heading)}</h2>
${table(
  t.funds.caption,
  [t.item, t.amount],
  [
    label(t.funds.danaDesa) + figure('allocation', rp(f.funds.danaDesa)),
    label(t.funds.allocation) + figure('allocation', rp(f.funds.allocation)),
    label(t.funds.share) + share(f.funds.allocationShare, 'allocation'),
  ],
)}
</section>
<section>
<h2>${esc(t.families.heading)}</h2>
${table(
  t.families.bySex,
  [t.status, t.total, t.female, t.male],
  STATUSES.map(
    (status) =>
      label(t.statuses[status]) +
      figure(`kpm.${status}`, n(f.kpm[status])) +
      figure(`kpm.${status}`, n(f.kpm.bySex.F[status])) +
      figure(`kpm.${status}`, n(f.kpm.bySex.M[status])),
  ),
)}
${table(
  t.families.byAge,
  [t.status, ...AGE_GROUPS.map((group) => t.ages[group])],
  STATUSES.map(
    (status) =>
      label(t.statuses[status]) +
      AGE_GROUPS.map((group) => figure(`kpm.${status}`, n(f.kpm.byAgeGroup[group][status]))).join(''),
  ),
)}
</section>
<section>
<h2>${esc(t.money.heading)}</h2>
${table(
  t.money.caption,
  [t.item, t.amount, t.count],
  [
    label(t.money.due) + figure('payments.due', rp(f.payments.due)) + none,
    label(t.money.paid) +
      figure('payments.paid', rp(f.payments.paid)) +
      figure('payments.paid', n(f.payments.paidCount)),
    label(t.money.failed) +
      figure('payments.failed', rp(f.payments.failed)) +
      figure('payments.failed', n(f.payments.failedCount)),
    label(t.money.reversed) + figure('payments.reversed', rp(f.payments.reversed)) + none,
    label(t.money.late) + none + figure('payments.late', n(f.payments.late)),
  ],
)}
</section>
<section>
<h2>${esc(t.training.heading)}</h2>
${table(
  t.training.caption,
  [t.item, t.total, t.female, t.male],
  [
    label(t.training.sessions) + figure('training.sessionsHeld', n(f.training.sessionsHeld)) + none + none,
    label(t.training.attendance) +
      figure('training.attendance', n(f.training.attendance)) +
      figure('training.attendance', n(f.training.attendanceBySex.F)) +
      figure('training.attendance', n(f.training.attendanceBySex.M)),
    label(t.training.trained) +
      figure('training.attendance', n(f.training.kpmTrained)) +
      figure('training.attendance', n(f.training.kpmTrainedBySex.F)) +
      figure('training.attendance', n(f.training.kpmTrainedBySex.M)),
    label(t.training.trainedShare) + share(f.training.kpmTrainedShare, 'training.attendance') + none + none,
  ],
)}
</section>
<section>
<h2>${esc(t.grievances.heading)}</h2>
${table(
  t.grievances.caption,
  [t.item, t.count],
  [
    label(t.grievances.filed) + figure('grievances.filed', n(f.grievances.filed)),
    label(t.grievances.answered) + figure('grievances.answered', n(f.grievances.answered)),
    label(t.grievances.median) +
      figure(
        'grievances.answered',
        f.grievances.medianDaysToAnswer === null
          ? DASH
          : `${decimal(f.grievances.medianDaysToAnswer, language)} ${t.days}`,
      ),
  ],
)}
</section>
</main>
<footer>
<h2>${esc(t.footer.heading)}</h2>
<p>${esc(t.footer.reach(n(f.asOf.position)))}</p>
<p>${esc(t.footer.head(n(input.head.position)))} <code>${esc(input.head.hash)}</code>.</p>
<p>${esc(t.footer.verify)}</p>
<pre><code>npx saksi verify --expect ${esc(headLine)}</code></pre>
<p>${esc(t.footer.provenance)}</p>
<pre><code>${esc(provenanceUrl(input.scope, 'payments.paid'))}</code></pre>
</footer>
</body>
</html>
`;
}
