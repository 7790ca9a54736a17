import { nikProblem, type NikProblem, type NikProblemCode } from './nik-problem.js';

export type Sex = 'F' | 'M';

/** What a NIK says about its holder once its digits have been read. */
export interface NikParts {
  /** Where the NIK was issued, as an official district code `PP.RR.DD`. */
  readonly districtCode: string;
  /** 1–31: the +40 written for women is already removed. */
  readonly birthDay: number;
  readonly birthMonth: number;
  /** 0–99: the century is not in the NIK. */
  readonly birthYearTwoDigits: number;
  readonly sex: Sex;
  readonly serial: string;
}

/** What was recorded for the person the NIK is given for. */
export interface DeclaredIdentity {
  readonly sex: Sex;
  /** YYYY-MM-DD. */
  readonly birthDate: string;
}

// JavaScript's \d is ASCII-only, so Arabic-Indic or full-width digits are refused too.
const NIK_SHAPE = /^\d{16}$/;
const DECLARED_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// The population registry writes a woman's birth day plus 40, so the day field also carries sex.
const WOMAN_DAY_OFFSET = 40;

/**
 * Reads a NIK's parts. Undefined when it is not 16 digits or its digits 7–12 are not a birth date;
 * whether the district exists and whether the serial is allowed are `checkNik`'s questions.
 */
export function parseNik(nik: string): NikParts | undefined {
  const fields = fieldsOf(nik);
  const birth = fields && dayAndSexOf(fields.dayField);
  if (!fields || !birth || !isCalendarDate(birth.day, fields.month, fields.yearTwoDigits)) return undefined;
  return {
    districtCode: fields.districtCode,
    birthDay: birth.day,
    birthMonth: fields.month,
    birthYearTwoDigits: fields.yearTwoDigits,
    sex: birth.sex,
    serial: fields.serial,
  };
}

/**
 * Every reason this NIK cannot belong to the declared person; empty when none is found. Pure: the
 * district list comes in as `districtExists` (e.g. `AreaDirectory.districtExists`), so a caller
 * that must accept codes retired since a NIK was issued can pass a lookup that knows them.
 */
export function checkNik(
  nik: string,
  declared: DeclaredIdentity,
  districtExists: (code: string) => boolean,
): NikProblem[] {
  const fields = fieldsOf(nik);
  if (!fields) return [nikProblem('NIK.FORMAT')];

  const problems: NikProblemCode[] = [];
  if (!districtExists(fields.districtCode)) problems.push('NIK.UNKNOWN_DISTRICT');
  const birth = dayAndSexOf(fields.dayField);
  if (!birth) {
    problems.push('NIK.BIRTH_DATE');
  } else {
    // The sex is readable even when the month is wrong, so it is still compared.
    const realDate = isCalendarDate(birth.day, fields.month, fields.yearTwoDigits);
    if (!realDate) problems.push('NIK.BIRTH_DATE');
    if (birth.sex !== declared.sex) problems.push('NIK.SEX_MISMATCH');
    if (realDate && !sameBirthDate(birth.day, fields, declared.birthDate)) {
      problems.push('NIK.BIRTH_DATE_MISMATCH');
    }
  }
  if (fields.serial === '0000') problems.push('NIK.SERIAL');
  return problems.map(nikProblem);
}

interface NikFields {
  readonly districtCode: string;
  readonly dayField: number;
  readonly month: number;
  readonly yearTwoDigits: number;
  readonly serial: string;
}

function fieldsOf(nik: string): NikFields | undefined {
  if (!NIK_SHAPE.test(nik)) return undefined;
  return {
    districtCode: `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`,
    dayField: Number(nik.slice(6, 8)),
    month: Number(nik.slice(8, 10)),
    yearTwoDigits: Number(nik.slice(10, 12)),
    serial: nik.slice(12),
  };
}

function dayAndSexOf(dayField: number): { day: number; sex: Sex } | undefined {
  if (dayField >= 1 && dayField <= 31) return { day: dayField, sex: 'M' };
  const day = dayField - WOMAN_DAY_OFFSET;
  if (day >= 1 && day <= 31) return { day, sex: 'F' };
  return undefined;
}

/**
 * The century is not in the NIK, so 29 February is accepted in every year divisible by four: that
 * is right for 1904–2096, and `00` may be 2000 (a leap year) as well as 1900 (not one).
 */
function isCalendarDate(day: number, month: number, yearTwoDigits: number): boolean {
  const date = new Date(Date.UTC(2000 + yearTwoDigits, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Compares day, month and the last two digits of the year: all that a NIK can say. */
function sameBirthDate(day: number, fields: NikFields, declaredBirthDate: string): boolean {
  // A declared date in another shape cannot be shown to match, so it counts as a mismatch.
  const [, year, month, dayOfMonth] = DECLARED_DATE.exec(declaredBirthDate) ?? [];
  if (year === undefined || month === undefined || dayOfMonth === undefined) return false;
  return (
    Number(dayOfMonth) === day &&
    Number(month) === fields.month &&
    Number(year) % 100 === fields.yearTwoDigits
  );
}
