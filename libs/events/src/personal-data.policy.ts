import type { SaksiEventType } from './saksi-event.js';

/**
 * What crosses a boundary (a Kafka topic, an export) in place of a personal field:
 * - pseudonymise: a keyed HMAC, so one NIK is the same token everywhere (duplicates stay visible)
 *   but cannot be reversed or guessed without the key;
 * - initials: "Siti Aminah" becomes "S. A.", as public notices may show;
 * - year: a birth date keeps only its year (age groups still work);
 * - drop: the field is left out (a family's reasons, a citizen's contact);
 * - pseudonymise-and-mask: a NIK becomes its pseudonym, and `<field>Masked` beside it keeps the
 *   first six and last four digits (320101******0003), the form oversight forums are shown.
 */
export type Treatment = 'pseudonymise' | 'pseudonymise-and-mask' | 'initials' | 'year' | 'drop';

/** Paths into an event's data; `[]` walks every element of an array. */
export const PERSONAL_FIELDS: Partial<Record<SaksiEventType, Record<string, Treatment>>> = {
  'beneficiary.registered': {
    'head.name': 'initials',
    'head.nik': 'pseudonymise-and-mask',
    'head.birthDate': 'year',
    'members[].birthDate': 'year',
    kkNumber: 'pseudonymise',
    reason: 'drop',
  },
  'training.attendance-recorded': { 'participant.birthDate': 'year' },
  'grievance.filed': { contact: 'drop' },
};
