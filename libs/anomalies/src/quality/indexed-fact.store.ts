import type { FactStore } from '../fact-store.port.js';
import { InMemoryFactStore } from '../in-memory-fact.store.js';

/**
 * An InMemoryFactStore (the same JSON round trip, the same checks) whose `list` finds a level's keys
 * through an index instead of walking every key. The scans list one level at a time (the days held,
 * a programme's villages, a village's roster), so on a year of hundreds of villages a plain map makes
 * each scan quadratic, where PostgreSQL would use its primary key's order.
 */
export class IndexedFactStore implements FactStore {
  private readonly inner = new InMemoryFactStore();
  /** Every key under each of its '/'-ending prefixes. */
  private readonly levels = new Map<string, Set<string>>();

  get<T>(key: string): Promise<T | undefined> {
    return this.inner.get<T>(key);
  }

  async put<T>(key: string, value: T): Promise<void> {
    await this.inner.put(key, value);
    for (let end = key.indexOf('/'); end !== -1; end = key.indexOf('/', end + 1)) {
      const prefix = key.slice(0, end + 1);
      const keys = this.levels.get(prefix) ?? new Set<string>();
      if (keys.size === 0) this.levels.set(prefix, keys);
      keys.add(key);
    }
  }

  async list<T>(prefix: string): Promise<Array<{ key: string; value: T }>> {
    if (!prefix.endsWith('/')) return this.inner.list<T>(prefix);
    const keys = [...(this.levels.get(prefix) ?? [])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const found: Array<{ key: string; value: T }> = [];
    for (const key of keys) found.push({ key, value: (await this.inner.get<T>(key))! });
    return found;
  }
}
