import type pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

/** A query and its rows, whoever runs it. */
export type Sql = <T>(text: string, values?: unknown[]) => Promise<T[]>;

/**
 * Straight to the driver's connection pool. The log's hot paths (appends, catch-up reads) skip the
 * ORM's query runner, whose set-up and release per statement cost more than the statement itself
 * on a small machine; the pool's connections are the same ones, with the same role.
 */
export function poolSql(dataSource: DataSource): Sql {
  const pool = (dataSource.driver as unknown as { master: pg.Pool }).master;
  return async <T>(text: string, values?: unknown[]) => (await pool.query(text, values)).rows as T[];
}

/** Inside a transaction the caller owns. */
export function managerSql(manager: EntityManager): Sql {
  return <T>(text: string, values?: unknown[]) => manager.query<T[]>(text, values);
}
