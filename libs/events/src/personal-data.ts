import type { Event } from './event.js';
import { PERSONAL_FIELDS, type Treatment } from './personal-data.policy.js';

/** Turns a value into a stable, irreversible token (an HMAC under a key the operator holds). */
export type Pseudonymise = (value: string) => string;

/**
 * A copy of the event's data with every personal field treated as the policy says. A correction is
 * treated with the policy of the event type it corrects, since its fields may be that event's
 * personal ones.
 */
export function withoutPersonalData<E extends Event>(event: E, pseudonymise: Pseudonymise): E['data'] {
  if (event.type === 'event.corrected') {
    const correction = event.data as { correctsType: string; fields: Record<string, unknown> };
    return { ...correction, fields: treat(correction.correctsType, correction.fields, pseudonymise) };
  }
  return treat(event.type, event.data, pseudonymise);
}

function treat(type: string, data: unknown, pseudonymise: Pseudonymise): unknown {
  const policy = PERSONAL_FIELDS[type as keyof typeof PERSONAL_FIELDS];
  if (!policy) return data;
  const copy = structuredClone(data);
  for (const [path, treatment] of Object.entries(policy))
    apply(copy, path.split('.'), treatment, pseudonymise);
  return copy;
}

function apply(target: unknown, path: string[], treatment: Treatment, pseudonymise: Pseudonymise): void {
  if (target === null || typeof target !== 'object') return;
  const [head, ...rest] = path as [string, ...string[]];
  const isArray = head.endsWith('[]');
  const key = isArray ? head.slice(0, -2) : head;
  const record = target as Record<string, unknown>;
  if (!(key in record)) return;
  if (isArray) {
    for (const item of (record[key] as unknown[] | undefined) ?? [])
      apply(item, rest, treatment, pseudonymise);
    return;
  }
  if (rest.length > 0) return apply(record[key], rest, treatment, pseudonymise);
  const value = record[key];
  if (treatment === 'drop' || typeof value !== 'string') {
    delete record[key];
    return;
  }
  if (treatment === 'pseudonymise-and-mask') record[`${key}Masked`] = maskNik(value);
  record[key] =
    treatment === 'pseudonymise' || treatment === 'pseudonymise-and-mask'
      ? pseudonymise(value)
      : treatment === 'initials'
        ? initials(value)
        : value.slice(0, 4);
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${part[0]!.toUpperCase()}.`)
    .join(' ');
}

/** The district code and the serial stay; the birth date (and with it the sex) does not. */
export function maskNik(nik: string): string {
  return `${nik.slice(0, 6)}${'*'.repeat(Math.max(0, nik.length - 10))}${nik.slice(-4)}`;
}
