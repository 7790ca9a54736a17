import type { Event } from './event.js';
import { forEachPersonalField, mayHoldPersonalData, type PersonalField } from './personal-fields.js';
import { isSealedValue } from './sealed-value.js';

/** Turns a value into a stable, irreversible token (an HMAC under a key the operator holds). */
export type Pseudonymise = (value: string) => string;

/**
 * A copy of the event's data with every personal field treated as the policy says. A correction is
 * treated with the policy of the event type it corrects, since its fields may be that event's
 * personal ones. A field still sealed (read without its key, see sealed-value.ts) is left out like an
 * erased one: its ciphertext must never become a token or a pair of initials.
 */
export function withoutPersonalData<E extends Event>(event: E, pseudonymise: Pseudonymise): E['data'] {
  if (!mayHoldPersonalData(event)) return event.data;
  const copy = structuredClone(event.data);
  forEachPersonalField({ type: event.type, data: copy }, (holder, key, field) =>
    treat(holder, key, field, pseudonymise),
  );
  return copy;
}

/**
 * The treated data as it reads once its subject's personal data was erased: every personal field
 * left out, with the masked form beside a NIK. What a read model holds of a family after erasure,
 * the same whether it saw the family before the erasure or only after it (a rebuild).
 */
export function withoutErasedFields<E extends Event>(event: E): E['data'] {
  if (!mayHoldPersonalData(event)) return event.data;
  const copy = structuredClone(event.data);
  forEachPersonalField({ type: event.type, data: copy }, (holder, key, { treatment }) => {
    delete holder[key];
    if (treatment === 'pseudonymise-and-mask') delete holder[`${key}Masked`];
  });
  return copy;
}

function treat(
  holder: Record<string, unknown>,
  key: string,
  { treatment }: PersonalField,
  pseudonymise: Pseudonymise,
): void {
  const value = holder[key];
  if (treatment === 'drop' || typeof value !== 'string' || isSealedValue(value)) {
    delete holder[key];
    return;
  }
  if (treatment === 'pseudonymise-and-mask') holder[`${key}Masked`] = maskNik(value);
  holder[key] =
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
