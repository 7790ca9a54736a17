import { readLogWith } from '@saksi/event-store';
import type { DataSource } from 'typeorm';

export interface GrievanceStatus {
  trackingCode: string;
  villageCode: string | null;
  programmeId: string | null;
  category: string;
  filedAt: Date;
  answerDueBy: string;
  answeredAt: Date | null;
  /** The answers as the log holds them, oldest first: the citizen holding the code may read them. */
  answers: { text: string; recordedAt: Date; position: number }[];
  filedPosition: number;
}

/** Where a grievance stands, found by the code its citizen was given; undefined for an unknown code. */
export async function grievanceStatus(
  dataSource: DataSource,
  trackingCode: string,
): Promise<GrievanceStatus | undefined> {
  const [row] = await dataSource.query<
    {
      grievance_id: string;
      tracking_code: string;
      village_code: string | null;
      programme_id: string | null;
      category: string;
      filed_at: Date;
      answer_due_by: string;
      answered_at: Date | null;
      filed_position: string;
    }[]
  >(
    `select grievance_id, tracking_code, village_code, programme_id, category, filed_at,
       answer_due_by::text as answer_due_by, answered_at, filed_position
     from grievance_view where tracking_code = $1`,
    [trackingCode],
  );
  if (!row) return undefined;
  const events = await readLogWith(dataSource.manager, {
    streamIds: [`grievance-${row.grievance_id}`],
    after: 0,
    upTo: Number.MAX_SAFE_INTEGER,
    limit: 100,
  });
  return {
    trackingCode: row.tracking_code,
    villageCode: row.village_code,
    programmeId: row.programme_id,
    category: row.category,
    filedAt: row.filed_at,
    answerDueBy: row.answer_due_by,
    answeredAt: row.answered_at,
    filedPosition: Number(row.filed_position),
    answers: events
      .filter((event) => event.type === 'grievance.answered')
      .map((event) => ({
        text: answerText(event.data),
        recordedAt: event.recordedAt,
        position: event.position,
      })),
  };
}

function answerText(data: unknown): string {
  const answer = (data as { answer?: unknown } | null)?.answer;
  return typeof answer === 'string' ? answer : '';
}
