import { ALL_RULES } from '@saksi/anomalies';
import type { FigureName, ProgrammeFigures } from '@saksi/projections';
import type { AlertCount } from '../queries/area-figures.query.js';
import { COMMON } from '../text/common.text.js';
import { FIGURES } from '../text/figures.text.js';
import type { Lang } from '../text/language.js';
import type { Cell, DataTable } from './data-table.js';

/** The link from a figure to the events behind it, for one period (a year, or one month). */
export type ProvenanceLink = (figure: FigureName, period?: string) => string | undefined;

const STATUSES = ['registered', 'approved', 'active', 'exited'] as const;
const AGE_GROUPS = ['youth', 'adult', 'elderly', 'unknown'] as const;
const ALERT_STATUSES = ['open', 'acknowledged', 'dismissed', 'resolved'] as const;

export function fundsTable(
  f: ProgrammeFigures,
  lang: Lang,
  link: ProvenanceLink,
  allowed: string | null,
): DataTable {
  const t = FIGURES[lang].funds;
  const c = COMMON[lang];
  const cell = (value: number | null): Cell => ({ value, href: link('allocation') });
  return {
    id: 'dana',
    caption: t.heading,
    rowHeader: c.item,
    columns: [{ key: 'value', label: c.amount, kind: 'rupiah' }],
    rows: [
      { key: 'funds.danaDesa', label: t.danaDesa, cells: [cell(f.funds.danaDesa)] },
      { key: 'funds.allocation', label: t.allocation, cells: [cell(f.funds.allocation)] },
      {
        key: 'funds.allocationShare',
        label: allowed ? `${t.share} (${t.allowed}: ${allowed})` : t.share,
        cells: [{ value: f.funds.allocationShare, kind: 'share', href: link('allocation') }],
      },
    ],
  };
}

export function kpmBySexTable(f: ProgrammeFigures, lang: Lang, link: ProvenanceLink): DataTable {
  const t = FIGURES[lang].kpm;
  const c = COMMON[lang];
  return {
    id: 'kpm',
    caption: t.bySex,
    rowHeader: t.status,
    columns: [
      { key: 'total', label: c.total, kind: 'count' },
      { key: 'F', label: c.sexes.F, kind: 'count' },
      { key: 'M', label: c.sexes.M, kind: 'count' },
    ],
    rows: STATUSES.map((status) => {
      const href = link(`kpm.${status}`);
      return {
        key: `kpm.${status}`,
        label: c.statuses[status],
        cells: [
          { value: f.kpm[status], href },
          { value: f.kpm.bySex.F[status], href },
          { value: f.kpm.bySex.M[status], href },
        ],
      };
    }),
  };
}

export function kpmByAgeTable(f: ProgrammeFigures, lang: Lang, link: ProvenanceLink): DataTable {
  const t = FIGURES[lang].kpm;
  const c = COMMON[lang];
  return {
    id: 'kpm-umur',
    caption: t.byAge,
    rowHeader: t.status,
    columns: AGE_GROUPS.map((group) => ({ key: group, label: c.ages[group], kind: 'count' as const })),
    rows: STATUSES.map((status) => ({
      key: `kpm.${status}`,
      label: c.statuses[status],
      cells: AGE_GROUPS.map((group) => ({
        value: f.kpm.byAgeGroup[group][status],
        href: link(`kpm.${status}`),
      })),
    })),
  };
}

export function monthsTable(
  months: ProgrammeFigures[],
  lang: Lang,
  link: ProvenanceLink,
  monthName: (month: string) => string,
): DataTable {
  const t = FIGURES[lang].money;
  return {
    id: 'bulanan',
    caption: t.caption,
    rowHeader: COMMON[lang].month,
    columns: [
      { key: 'payments.due', label: t.due, kind: 'rupiah' },
      { key: 'payments.paid', label: t.paid, kind: 'rupiah' },
      { key: 'payments.paidCount', label: t.paidCount, kind: 'count' },
      { key: 'payments.failedCount', label: t.failed, kind: 'count' },
      { key: 'payments.reversed', label: t.reversed, kind: 'rupiah' },
    ],
    rows: months.map((m) => {
      const month = m.period.label;
      return {
        key: month,
        label: monthName(month),
        cells: [
          { value: m.payments.due, href: link('payments.due', month) },
          { value: m.payments.paid, href: link('payments.paid', month) },
          { value: m.payments.paidCount, href: link('payments.paid', month) },
          { value: m.payments.failedCount, href: link('payments.failed', month) },
          { value: m.payments.reversed, href: link('payments.reversed', month) },
        ],
      };
    }),
  };
}

export function trainingTable(f: ProgrammeFigures, lang: Lang, link: ProvenanceLink): DataTable {
  const t = FIGURES[lang].training;
  const c = COMMON[lang];
  const attendance = link('training.attendance');
  return {
    id: 'pelatihan',
    caption: t.caption,
    rowHeader: c.item,
    columns: [
      { key: 'total', label: c.total, kind: 'count' },
      { key: 'F', label: c.sexes.F, kind: 'count' },
      { key: 'M', label: c.sexes.M, kind: 'count' },
    ],
    rows: [
      {
        key: 'training.sessionsHeld',
        label: t.sessions,
        cells: [
          { value: f.training.sessionsHeld, href: link('training.sessionsHeld') },
          { value: null },
          { value: null },
        ],
      },
      {
        key: 'training.attendance',
        label: t.attendance,
        cells: [
          { value: f.training.attendance, href: attendance },
          { value: f.training.attendanceBySex.F, href: attendance },
          { value: f.training.attendanceBySex.M, href: attendance },
        ],
      },
      {
        key: 'training.kpmTrained',
        label: t.trained,
        cells: [
          { value: f.training.kpmTrained, href: attendance },
          { value: f.training.kpmTrainedBySex.F, href: attendance },
          { value: f.training.kpmTrainedBySex.M, href: attendance },
        ],
      },
    ],
  };
}

export function grievancesTable(f: ProgrammeFigures, lang: Lang, link: ProvenanceLink): DataTable {
  const t = FIGURES[lang].grievances;
  const c = COMMON[lang];
  return {
    id: 'aduan',
    caption: t.caption,
    rowHeader: c.item,
    columns: [{ key: 'value', label: c.total, kind: 'count' }],
    rows: [
      {
        key: 'grievances.filed',
        label: t.filed,
        cells: [{ value: f.grievances.filed, href: link('grievances.filed') }],
      },
      {
        key: 'grievances.answered',
        label: t.answered,
        cells: [{ value: f.grievances.answered, href: link('grievances.answered') }],
      },
      {
        key: 'grievances.medianDaysToAnswer',
        label: t.median,
        cells: [
          {
            value: f.grievances.medianDaysToAnswer,
            kind: 'days',
            href: link('grievances.answered'),
          },
        ],
      },
    ],
  };
}

/** A rule's explanation up to its first colon or full stop: the kind of anomaly, in a few words. */
export function ruleName(code: string, lang: Lang): string {
  const rule = ALL_RULES.find((candidate) => candidate.code === code);
  return rule ? (rule.explain[lang].split(/[:.]/)[0] ?? code) : code;
}

export function alertsTable(counts: readonly AlertCount[], lang: Lang): DataTable {
  const t = FIGURES[lang].alerts;
  const c = COMMON[lang];
  const rules = [...new Set(counts.map((count) => count.ruleCode))];
  return {
    id: 'peringatan',
    caption: t.caption,
    rowHeader: t.rule,
    columns: ALERT_STATUSES.map((status) => ({
      key: status,
      label: c.alertStatuses[status],
      kind: 'count' as const,
    })),
    rows: rules.map((rule) => ({
      key: rule,
      label: `${ruleName(rule, lang)} (${rule})`,
      cells: ALERT_STATUSES.map((status) => ({
        value: counts.find((count) => count.ruleCode === rule && count.status === status)?.count ?? 0,
      })),
    })),
  };
}
