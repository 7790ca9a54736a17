/**
 * The sentinel's memory, as keys and JSON values. The same rules run on an in-memory map in tests and
 * on a PostgreSQL table (key text primary key, value jsonb) in the app, inside the transaction that
 * also records which events were handled: whatever observe() writes then happens exactly once.
 *
 * Values are plain JSON data (no Date, Map, Set or undefined), because jsonb keeps nothing else.
 *
 * What an adapter must do:
 * - rules read, change and write back keys that many streams share (a village's paid total, an
 *   operator's payments of a day, a NIK's registrations); consumers of different partitions may do so
 *   at once, so `get` must lock the row for the transaction (select … for update) or the transaction
 *   must be serialisable and retried, or an update is lost;
 * - `list` matches the prefix literally: ids may contain `_`, a LIKE wildcard, so compare with
 *   `left(key, length($1)) = $1` (or escape it); results come sorted by key.
 */
export interface FactStore {
  get<T>(key: string): Promise<T | undefined>;
  put<T>(key: string, value: T): Promise<void>;
  list<T>(prefix: string): Promise<Array<{ key: string; value: T }>>;
}

export const FACT_STORE = Symbol('FactStore');
