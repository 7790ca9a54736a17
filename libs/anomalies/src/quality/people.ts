import type { SeededRandom } from './seeded-random.js';
import { dateOf, pad } from './time.js';

/** Common given names, so a list reads like a village's; the families are invented. */
const WOMEN = [
  'Siti',
  'Nur',
  'Sri',
  'Dewi',
  'Ratna',
  'Yuliani',
  'Aminah',
  'Fatimah',
  'Halimah',
  'Suryani',
  'Wati',
  'Entin',
];
const MEN = [
  'Ahmad',
  'Muhammad',
  'Budi',
  'Agus',
  'Joko',
  'Hasan',
  'Rahmat',
  'Asep',
  'Dedi',
  'Yusuf',
  'Ujang',
  'Bambang',
];
const FAMILY = [
  'Hidayat',
  'Saputra',
  'Lestari',
  'Rahman',
  'Suryana',
  'Nasution',
  'Wulandari',
  'Kurniawan',
  'Permana',
  'Sopandi',
];
export const HAMLETS = [
  'Dusun Mawar',
  'Dusun Melati',
  'Dusun Kenanga',
  'Dusun Cempaka',
  'Dusun Anggrek',
  'Kampung Cibodas',
];

export type Sex = 'F' | 'M';

export interface Person {
  sex: Sex;
  /** YYYY-MM-DD, as the registration form has it; the sentinel sees the year only. */
  birthDate: string;
}

export interface Household {
  head: Person & { name: string; nik: string };
  members: Person[];
  kkNumber: string;
  hamlet: string;
  rt: string;
  rw: string;
}

export interface HouseholdContext {
  year: number;
  /** Province, regency and district digits: a NIK's first six. */
  district6: string;
  /** A serial unique within the district, so two heads never share a NIK by accident. */
  serial: number;
  /** For a village planted with men-only training: every household has a man of working age. */
  withAdultMan?: boolean;
}

/**
 * A BLT-DD family: about a third headed by women (widows, women left alone, the elderly), a wife in
 * most men's households, children by the head's age. Households average three to four people.
 */
export function newHousehold(random: SeededRandom, context: HouseholdContext): Household {
  const { year } = context;
  const headSex: Sex = random.chance(context.withAdultMan ? 0.1 : 0.35) ? 'F' : 'M';
  const headAge = random.chance(0.15) ? random.int(65, 85) : random.int(24, 64);
  const head = { sex: headSex, birthDate: birthDate(random, year - headAge) };
  const members: Person[] = [];
  if (headSex === 'M' && headAge < 75 && random.chance(0.85))
    members.push({
      sex: 'F',
      birthDate: birthDate(random, year - clamp(headAge + random.int(-8, 3), 18, 80)),
    });
  const children = headAge < 60 ? random.int(0, 4) : random.int(0, 1);
  for (let n = 0; n < children; n++) {
    const age = random.int(0, Math.max(0, Math.min(26, headAge - 18)));
    members.push({ sex: random.chance(0.5) ? 'F' : 'M', birthDate: birthDate(random, year - age) });
  }
  if (context.withAdultMan && headSex === 'F')
    members.push({ sex: 'M', birthDate: birthDate(random, year - random.int(18, 30)) });
  const name = `${random.pick(headSex === 'F' ? WOMEN : MEN)} ${random.pick(FAMILY)}`;
  return {
    head: { ...head, name, nik: nikOf(context.district6, head, context.serial) },
    members,
    kkNumber: `${context.district6}${pad(random.int(1, 28))}${pad(random.int(1, 12))}${pad(random.int(5, 23))}${pad(context.serial % 10_000, 4)}`,
    hamlet: random.pick(HAMLETS),
    rt: pad(random.int(1, 12), 3),
    rw: pad(random.int(1, 6), 3),
  };
}

/** The head and members old enough to attend a training session. */
export function adults(household: Household, year: number): Person[] {
  return [household.head, ...household.members].filter(
    (person) => year - Number(person.birthDate.slice(0, 4)) >= 17,
  );
}

/** District (6 digits), birth date DDMMYY with 40 added to a woman's day, a 4-digit serial. */
function nikOf(district6: string, person: Person, serial: number): string {
  const [yyyy, mm, dd] = person.birthDate.split('-') as [string, string, string];
  const day = Number(dd) + (person.sex === 'F' ? 40 : 0);
  return `${district6}${pad(day)}${mm}${yyyy.slice(2)}${pad(serial % 10_000, 4)}`;
}

const birthDate = (random: SeededRandom, year: number) => dateOf(year, random.int(1, 12), random.int(1, 28));
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
