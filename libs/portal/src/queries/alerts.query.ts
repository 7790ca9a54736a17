import type { Pseudonymise } from '@saksi/events';
import { readLogWith } from '@saksi/event-store';
import { inArea, type TimelineEntry, toTimelineEntry } from '@saksi/projections';
import type { DataSource } from 'typeorm';

export interface AlertRow {
  alertId: string;
  ruleCode: string;
  severity: string;
  villageCode: string | null;
  programmeId: string | null;
  subject: string;
  evidence: number[];
  details: Record<string, string | number | boolean | null>;
  status: string;
  level: number;
  raisedAt: Date;
  raisedPosition: number;
  closingNote: string | null;
}

export interface InboxFilter {
  area: string;
  status?: string | undefined;
  severity?: string | undefined;
  rule?: string | undefined;
  after: number;
  limit: number;
}

const COLUMNS = `alert_id, rule_code, severity, village_code, programme_id, subject, evidence, details, status,
  level, raised_at, raised_position, closing_note`;

type Raw = {
  alert_id: string;
  rule_code: string;
  severity: string;
  village_code: string | null;
  programme_id: string | null;
  subject: string;
  evidence: string[];
  details: AlertRow['details'];
  status: string;
  level: number;
  raised_at: Date;
  raised_position: string;
  closing_note: string | null;
};

const toAlert = (row: Raw): AlertRow => ({
  alertId: row.alert_id,
  ruleCode: row.rule_code,
  severity: row.severity,
  villageCode: row.village_code,
  programmeId: row.programme_id,
  subject: row.subject,
  evidence: row.evidence.map(Number),
  details: row.details,
  status: row.status,
  level: Number(row.level),
  raisedAt: row.raised_at,
  raisedPosition: Number(row.raised_position),
  closingNote: row.closing_note,
});

/** The inspectors' inbox, oldest first, as the ledger's GET /alerts filters it. */
export async function alertInbox(
  dataSource: DataSource,
  filter: InboxFilter,
): Promise<{ alerts: AlertRow[]; next: number | null }> {
  const rows = await dataSource.query<Raw[]>(
    `select ${COLUMNS} from alert_view a
     where ${inArea("coalesce(a.village_code, '')", 1)}
       and ($2::text is null or status = $2) and ($3::text is null or severity = $3)
       and ($4::text is null or rule_code = $4) and raised_position > $5
     order by raised_position limit $6`,
    [
      filter.area,
      filter.status ?? null,
      filter.severity ?? null,
      filter.rule ?? null,
      filter.after,
      filter.limit + 1,
    ],
  );
  const alerts = rows.slice(0, filter.limit).map(toAlert);
  return { alerts, next: rows.length > filter.limit ? alerts.at(-1)!.raisedPosition : null };
}

export interface AlertFile {
  alert: AlertRow;
  /** The alert's own stream: raised, then each triage step with who took it. */
  triage: TimelineEntry[];
  /** The events at the evidence positions, as a forum sees them (no personal data in clear). */
  evidence: TimelineEntry[];
}

export async function alertFile(
  dataSource: DataSource,
  pseudonymise: Pseudonymise,
  alertId: string,
): Promise<AlertFile | undefined> {
  const [row] = await dataSource.query<Raw[]>(`select ${COLUMNS} from alert_view where alert_id = $1`, [
    alertId,
  ]);
  if (!row) return undefined;
  const alert = toAlert(row);
  const everything = { after: 0, upTo: Number.MAX_SAFE_INTEGER, limit: 1_000 };
  const triage = await readLogWith(dataSource.manager, { ...everything, streamIds: [`alert-${alertId}`] });
  const evidence = alert.evidence.length
    ? await readLogWith(dataSource.manager, { ...everything, positions: alert.evidence })
    : [];
  return {
    alert,
    triage: triage.map((event) => toTimelineEntry(event, 'forum', pseudonymise)),
    evidence: evidence.map((event) => toTimelineEntry(event, 'forum', pseudonymise)),
  };
}
