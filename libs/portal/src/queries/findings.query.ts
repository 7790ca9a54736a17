import { inArea } from '@saksi/projections';
import type { DataSource } from 'typeorm';

export interface FindingRow {
  findingId: string;
  forum: string;
  forumName: string;
  villageCode: string;
  programmeId: string | null;
  summary: string;
  relatedCount: number;
  recordedAt: Date;
  position: number;
}

/** What oversight forums found in an area, newest first. */
export async function findings(
  dataSource: DataSource,
  area: string,
  programmeId: string | undefined,
): Promise<FindingRow[]> {
  const rows = await dataSource.query<
    {
      finding_id: string;
      forum: string;
      forum_name: string;
      village_code: string;
      programme_id: string | null;
      summary: string;
      related_count: number;
      recorded_at: Date;
      position: string;
    }[]
  >(
    `select * from finding_view f where ${inArea('f.village_code', 1)}
       and ($2::text is null or f.programme_id = $2 or f.programme_id is null)
     order by position desc limit 200`,
    [area, programmeId ?? null],
  );
  return rows.map((row) => ({
    findingId: row.finding_id,
    forum: row.forum,
    forumName: row.forum_name,
    villageCode: row.village_code,
    programmeId: row.programme_id,
    summary: row.summary,
    relatedCount: Number(row.related_count),
    recordedAt: row.recorded_at,
    position: Number(row.position),
  }));
}
