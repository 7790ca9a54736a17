import type { EntityManager } from 'typeorm';

/**
 * The one row a `delete … returning` removed, if any. TypeORM answers a DELETE (and an UPDATE) with
 * `[rows, count]` rather than the rows, so reading its answer as rows takes the whole row list for
 * the first row: a correction then put back nothing, or failed on what it did put back.
 */
export async function deleteReturning<Row>(
  manager: EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<Row | undefined> {
  const [rows] = await manager.query<[Row[], number]>(sql, parameters);
  return rows[0];
}
