import type { EntityManager } from 'typeorm';
import { inArea } from '../figures/area-scope.js';

/**
 * The streams whose events make up a programme's record in an area: the programme's own stream,
 * and those of its families, training sessions and the area's grievances, as today's read models
 * know them (`public.` so that private copies of the tables do not hide them).
 */
export async function streamsOfArea(
  manager: EntityManager,
  area: string,
  programmeId: string,
): Promise<string[]> {
  const rows = await manager.query<{ stream_id: string }[]>(
    `select 'kpm-' || kpm_id as stream_id from public.kpm_view k
       where ${inArea('k.village_code', 1)} and k.programme_id = $2
     union all select 'training-' || session_id from public.training_session_view s
       where ${inArea('s.village_code', 1)} and s.programme_id = $2
     union all select 'grievance-' || grievance_id from public.grievance_view g
       where ${inArea("coalesce(g.village_code, '')", 1)}`,
    [area, programmeId],
  );
  return [`programme-${programmeId}`, ...rows.map((row) => row.stream_id)];
}
