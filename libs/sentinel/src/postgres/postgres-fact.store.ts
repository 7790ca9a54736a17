import type { FactStore } from '@saksi/anomalies';
import type { EntityManager } from 'typeorm';

/**
 * The sentinel's memory in PostgreSQL, inside the consumer's transaction. `get` takes a transaction
 * lock on the key before reading, so two consumers of different partitions that update one shared
 * fact (a village's paid total, a NIK's registrations) queue instead of losing an update, even for
 * a key that has no row yet (a row lock would not exist to take). Two batches that lock the same keys
 * in opposite orders deadlock; PostgreSQL aborts one, and its batch is simply delivered again.
 *
 * Within one batch the facts stay in memory: a key is locked and read once, later reads and writes
 * of it cost nothing, and `flush` writes every changed fact in one statement before the batch
 * commits. Values are kept as JSON text, so a caller mutating what it got changes nothing until it
 * puts it, exactly as with the table.
 */
export class PostgresFactStore implements FactStore {
  private readonly known = new Map<string, string | undefined>();
  private readonly changed = new Set<string>();

  constructor(private readonly manager: EntityManager) {}

  async get<T>(key: string): Promise<T | undefined> {
    if (!this.known.has(key)) {
      const [row] = await this.manager.query<{ value: T }[]>('select value from sentinel_fact_locked($1)', [
        key,
      ]);
      this.known.set(key, row === undefined ? undefined : JSON.stringify(row.value));
    }
    const text = this.known.get(key);
    return text === undefined ? undefined : (JSON.parse(text) as T);
  }

  put<T>(key: string, value: T): Promise<void> {
    this.known.set(key, JSON.stringify(value));
    this.changed.add(key);
    return Promise.resolve();
  }

  async list<T>(prefix: string): Promise<Array<{ key: string; value: T }>> {
    await this.flush();
    return this.manager.query<Array<{ key: string; value: T }>>(
      'select key, value from sentinel_fact where left(key, length($1)) = $1 order by key',
      [prefix],
    );
  }

  /** Writes the batch's changed facts; the consumer calls it before its transaction commits. */
  async flush(): Promise<void> {
    if (this.changed.size === 0) return;
    const keys = [...this.changed];
    await this.manager.query(
      `insert into sentinel_fact (key, value)
       select key, value::jsonb from unnest($1::text[], $2::text[]) as f(key, value)
       on conflict (key) do update set value = excluded.value`,
      [keys, keys.map((key) => this.known.get(key))],
    );
    this.changed.clear();
  }
}
