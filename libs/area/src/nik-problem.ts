import type { BilingualMessage } from '@saksi/errors';

export const NIK_PROBLEM_CODES = [
  'NIK.FORMAT',
  'NIK.UNKNOWN_DISTRICT',
  'NIK.BIRTH_DATE',
  'NIK.SEX_MISMATCH',
  'NIK.BIRTH_DATE_MISMATCH',
  'NIK.SERIAL',
] as const;

export type NikProblemCode = (typeof NIK_PROBLEM_CODES)[number];

/** One reason a NIK cannot be right for the person it was given for; `code` is stable. */
export interface NikProblem {
  readonly code: NikProblemCode;
  readonly text: Readonly<BilingualMessage>;
}

// Operators read these at the village office. They describe the NIK's parts but never repeat its
// digits: a NIK is personal data (UU 27/2022) and problems end up in logs and import reports.
const TEXTS: Readonly<Record<NikProblemCode, Readonly<BilingualMessage>>> = Object.freeze({
  'NIK.FORMAT': Object.freeze({
    id: 'NIK harus 16 angka.',
    en: 'A NIK must be exactly 16 digits.',
  }),
  'NIK.UNKNOWN_DISTRICT': Object.freeze({
    id: 'Enam angka pertama NIK bukan kode kecamatan yang terdaftar.',
    en: 'The first six digits of the NIK are not the code of a listed district (kecamatan).',
  }),
  'NIK.BIRTH_DATE': Object.freeze({
    id: 'Angka ke-7 sampai ke-12 NIK bukan tanggal lahir yang benar.',
    en: 'Digits 7 to 12 of the NIK are not a real birth date.',
  }),
  'NIK.SEX_MISMATCH': Object.freeze({
    id: 'Jenis kelamin menurut NIK berbeda dengan jenis kelamin yang dicatat.',
    en: 'The sex shown by the NIK differs from the sex recorded for this person.',
  }),
  'NIK.BIRTH_DATE_MISMATCH': Object.freeze({
    id: 'Tanggal lahir di dalam NIK berbeda dengan tanggal lahir yang dicatat.',
    en: 'The birth date in the NIK differs from the birth date recorded for this person.',
  }),
  'NIK.SERIAL': Object.freeze({
    id: 'Empat angka terakhir NIK tidak boleh 0000.',
    en: 'The last four digits of a NIK cannot be 0000.',
  }),
});

export function nikProblem(code: NikProblemCode): NikProblem {
  return { code, text: TEXTS[code] };
}
