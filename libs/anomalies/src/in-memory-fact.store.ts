import type { FactStore } from './fact-store.port.js';

/**
 * A FactStore on a Map, for tests and for a laptop replay. Values go in and out as JSON text, so a
 * rule that keeps a Date or a Map, or shares an object between calls, fails here as it would on jsonb.
 */
export class InMemoryFactStore implements FactStore {
  private readonly values = new Map<string, string>();

  get<T>(key: string): Promise<T | undefined> {
    const text = this.values.get(key);
    return Promise.resolve(text === undefined ? undefined : (JSON.parse(text) as T));
  }

  put<T>(key: string, value: T): Promise<void> {
    // Thrown inside the executor, a bad value rejects the promise as a database error would.
    return new Promise((resolve) => {
      assertJson(value, key);
      this.values.set(key, JSON.stringify(value));
      resolve();
    });
  }

  list<T>(prefix: string): Promise<Array<{ key: string; value: T }>> {
    const found = [...this.values.entries()]
      .filter(([key]) => key.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, text]) => ({ key, value: JSON.parse(text) as T }));
    return Promise.resolve(found);
  }

  /** Every key, for tests that check what the rules remember. */
  keys(): string[] {
    return [...this.values.keys()].sort();
  }
}

/** Fails loudly where JSON would silently change the value (a Date to a string, a Map to {}). */
function assertJson(value: unknown, path: string): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path}: ${value} is not a JSON number`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => assertJson(item, `${path}[${index}]`));
    return;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [field, item] of Object.entries(value as Record<string, unknown>))
      if (item !== undefined) assertJson(item, `${path}.${field}`);
    return;
  }
  throw new Error(`${path}: a ${describe(value)} is not plain JSON data`);
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'object') return (value as object).constructor?.name ?? 'object';
  return typeof value;
}
