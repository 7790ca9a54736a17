import type { EntityManager } from 'typeorm';

/**
 * Temporary copies of read-model tables, visible only inside this transaction and dropped at its
 * end. PostgreSQL looks up temporary tables before the real ones, so the unchanged projection code
 * and figure queries work on the copies: that is how a rebuild and an "as of" query reuse them.
 */
export async function createPrivateTables(manager: EntityManager, tables: readonly string[]): Promise<void> {
  for (const table of tables)
    await manager.query(
      `create temporary table ${table} (like public.${table} including all) on commit drop`,
    );
}
