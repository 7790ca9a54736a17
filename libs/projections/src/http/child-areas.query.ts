import type { EntityManager } from 'typeorm';
import { type AreaLevel, areaLevel, inArea } from '../figures/area-scope.js';
import { ReadApiError } from './read-api.errors.js';

/** How long a code of the level below is: nation → provinces (11) → ... → villages (11.01.01.2001). */
const CHILD: Partial<Record<AreaLevel, { level: AreaLevel; length: number }>> = {
  nation: { level: 'province', length: 2 },
  province: { level: 'regency', length: 5 },
  regency: { level: 'district', length: 8 },
  district: { level: 'village', length: 13 },
};

/**
 * The areas one level below `parent` where a programme has anything in the read models (a family
 * or a village allocation), in code order: what a drill-down can open.
 */
export async function childAreas(
  manager: EntityManager,
  parent: string,
  programmeId: string,
): Promise<{ level: AreaLevel; codes: string[] }> {
  const child = CHILD[areaLevel(parent)];
  if (!child) throw ReadApiError.villageHasNoChildren(parent);
  const rows = await manager.query<{ code: string }[]>(
    `select distinct left(v.village_code, $3) as code from (
       select village_code from kpm_view where programme_id = $2
       union select village_code from village_allocation_view where programme_id = $2) v
     where ${inArea('v.village_code', 1)} order by 1`,
    [parent, programmeId, child.length],
  );
  return { level: child.level, codes: rows.map((row) => row.code) };
}
