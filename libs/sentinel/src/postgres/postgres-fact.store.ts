import type { FactStore } from '@saksi/anomalies';
import type { EntityManager } from 'typeorm';

/**
 * The sentinel's memory in PostgreSQL, inside the consumer's transaction. `get` takes a transaction
 * lock on the key before reading, so two consumers of different partitions that update one shared
 * fact (a village's paid total, a NIK's registrations) queue instead of losing an update, even for
 * a key that has no row yet (a row lock would not exist to take). Two batches that lock the same keys
 * in opposite orders deadlock; PostgreSQL aborts one, and its batch is simply delivered again.
 */
export class PostgresFactStore implements FactStore {
  constructor(private readonly manager: EntityManager) {}

  async get<T>(key: string): Promise<T | undefined> {
    await this.manager.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
    const [row] = await this.manager.query<{ value: T }[]>('select value from sentinel_fact where key = $1', [
      key,
    ]);
    return row?.value;
  }

  async put<T>(key: string, value: T): Promise<void> {
    await this.manager.query(
      `insert into sentinel_fact (key, value) values ($1, $2::jsonb)
       on conflict (key) do update set value = excluded.value`,
      [key, JSON.stringify(value)],
    );
  }

  async list<T>(prefix: string): Promise<Array<{ key: string; value: T }>> {
    return this.manager.query<Array<{ key: string; value: T }>>(
      'select key, value from sentinel_fact where left(key, length($1)) = $1 order by key',
      [prefix],
    );
  }
}
