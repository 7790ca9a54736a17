import {
  childAreas,
  inArea,
  type Period,
  type ProgrammeFigures,
  parsePeriod,
  projectionStatus,
  queryFigures,
} from '@saksi/projections';
import type { DataSource, EntityManager } from 'typeorm';

export interface AlertCount {
  ruleCode: string;
  status: string;
  count: number;
}

export interface AreaFigures {
  figures: ProgrammeFigures;
  /** The areas one level below with records of the programme; empty for a village. */
  children: ProgrammeFigures[];
  /** Each month of the period (a village page's money by month); empty elsewhere. */
  months: ProgrammeFigures[];
  alerts: AlertCount[];
}

/**
 * An area's figures, its children's or its months', and its alert counts, all from one snapshot of
 * the read models: the children always add up to their parent, the months to the period.
 */
export async function areaFigures(
  dataSource: DataSource,
  query: { area: string; programmeId: string; period: Period; children: boolean; months: boolean },
): Promise<AreaFigures> {
  const reached = Math.min(...(await projectionStatus(dataSource)).map((status) => status.position));
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    const figures = await queryFigures(manager, query.area, query.programmeId, query.period, reached);
    const children: ProgrammeFigures[] = [];
    if (query.children)
      for (const code of (await childAreas(manager, query.area, query.programmeId)).codes)
        children.push(await queryFigures(manager, code, query.programmeId, query.period, reached));
    const months: ProgrammeFigures[] = [];
    if (query.months)
      for (const month of query.period.months)
        months.push(await queryFigures(manager, query.area, query.programmeId, parsePeriod(month), reached));
    return { figures, children, months, alerts: await alertCounts(manager, query.area, query.programmeId) };
  });
}

/**
 * How many alerts of each rule are in each state: counts only, never a subject or a detail, so the
 * public sees that anomalies are found and handled without seeing whom they are about.
 */
export async function alertCounts(
  manager: EntityManager,
  area: string,
  programmeId: string,
): Promise<AlertCount[]> {
  const rows = await manager.query<{ rule_code: string; status: string; count: string }[]>(
    `select rule_code, status, count(*) as count from alert_view a
     where ${inArea("coalesce(a.village_code, '')", 1)} and (a.programme_id = $2 or a.programme_id is null)
     group by 1, 2 order by 1, 2`,
    [area, programmeId],
  );
  return rows.map((row) => ({ ruleCode: row.rule_code, status: row.status, count: Number(row.count) }));
}
