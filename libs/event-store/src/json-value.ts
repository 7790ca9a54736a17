import { InvalidEvent } from './event-store.errors.js';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

const MAX_DEPTH = 32;

/**
 * Refuses what JSON or PostgreSQL's jsonb would silently change (NaN becomes null, a NUL byte is
 * rejected by jsonb, a lone surrogate breaks UTF-8), so the bytes we hash are the bytes we store.
 */
export function assertJsonValue(value: unknown, path: string, depth = 0): asserts value is JsonValue {
  if (depth > MAX_DEPTH) throw InvalidEvent.because(`${path} is nested more than ${MAX_DEPTH} levels deep`);
  if (value === null || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw InvalidEvent.because(`${path} must be a finite number`);
    return;
  }
  if (typeof value === 'string') {
    assertStorableString(value, path);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertJsonValue(item, `${path}[${index}]`, depth + 1));
    return;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      assertStorableString(key, `${path} key`);
      // Undefined members vanish in JSON; dropping them is the one change we accept.
      if (item !== undefined) assertJsonValue(item, `${path}.${key}`, depth + 1);
    }
    return;
  }
  throw InvalidEvent.because(`${path} is not plain JSON (found ${describe(value)})`);
}

function assertStorableString(value: string, path: string): void {
  if (value.includes('\u0000')) throw InvalidEvent.because(`${path} contains a NUL character`);
  if (!value.isWellFormed()) throw InvalidEvent.because(`${path} is not well-formed Unicode`);
}

function describe(value: unknown): string {
  if (value instanceof Date) return 'a Date; send an ISO 8601 string';
  return typeof value === 'object' ? (value?.constructor?.name ?? 'an object') : typeof value;
}

/** The value exactly as it will come back from jsonb: undefined members dropped. */
export function toStoredJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
