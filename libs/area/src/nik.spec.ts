import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { checkNik, parseNik, type DeclaredIdentity, type Sex } from './nik.js';
import { NIK_PROBLEM_CODES, nikProblem } from './nik-problem.js';

const KNOWN_DISTRICTS = ['11.01.01', '31.71.01', '35.13.15', '93.01.01'];
const districtExists = (code: string): boolean => KNOWN_DISTRICTS.includes(code);

/** A NIK from its parts; `day` is the day field as written, so a woman's already has the +40. */
function nikOf(parts: {
  district?: string;
  day: string;
  month: string;
  year: string;
  serial?: string;
}): string {
  return `${parts.district ?? '110101'}${parts.day}${parts.month}${parts.year}${parts.serial ?? '0001'}`;
}

const man = (birthDate: string): DeclaredIdentity => ({ sex: 'M', birthDate });
const woman = (birthDate: string): DeclaredIdentity => ({ sex: 'F', birthDate });
const codesOf = (nik: string, declared: DeclaredIdentity): string[] =>
  checkNik(nik, declared, districtExists).map((problem) => problem.code);

describe('check NIK', () => {
  it.each([
    ['a man born 12 May 1990', nikOf({ day: '12', month: '05', year: '90' }), man('1990-05-12')],
    ['a man born on the 31st', nikOf({ day: '31', month: '12', year: '85' }), man('1985-12-31')],
    [
      'a woman born 12 May 1990 (day written 52)',
      nikOf({ day: '52', month: '05', year: '90' }),
      woman('1990-05-12'),
    ],
    [
      'a woman born on the 1st (day written 41)',
      nikOf({ day: '41', month: '01', year: '85' }),
      woman('1985-01-01'),
    ],
    [
      'a woman born on the 31st (day written 71)',
      nikOf({ day: '71', month: '12', year: '85' }),
      woman('1985-12-31'),
    ],
    ['a man born 29 Feb 2000', nikOf({ day: '29', month: '02', year: '00' }), man('2000-02-29')],
    [
      'a woman born 29 Feb 1996 (day written 69)',
      nikOf({ day: '69', month: '02', year: '96' }),
      woman('1996-02-29'),
    ],
    ['a man born 29 Feb 2024', nikOf({ day: '29', month: '02', year: '24' }), man('2024-02-29')],
    ['serial 9999', nikOf({ day: '12', month: '05', year: '90', serial: '9999' }), man('1990-05-12')],
    // Only the last two digits of the year are in a NIK, so the century cannot be checked.
    ['a declared year a century away', nikOf({ day: '12', month: '05', year: '90' }), man('1890-05-12')],
  ])('given %s, it finds no problem', (_given, nik, declared) => {
    expect(checkNik(nik, declared, districtExists)).toEqual([]);
  });

  it.each([
    ['an empty string', ''],
    ['15 digits', '110101120590001'],
    ['17 digits', '11010112059000011'],
    ['a letter', '11010112059O0001'],
    ['spaces', '1101 0112 0590 0001'],
    ['dots', '11.01.01.120590.0001'],
    ['a trailing newline', '1101011205900001\n'],
    ['full-width digits', '１１０１０１１２０５９０００１'],
    ['Arabic-Indic digits', '١١٠١٠١١٢٠٥٩٠٠٠١'],
  ])('given %s, it reports only NIK.FORMAT', (_given, nik) => {
    expect(codesOf(nik, man('1990-05-12'))).toEqual(['NIK.FORMAT']);
  });

  it.each([
    ['a district that is not listed', '999999'],
    ['a real regency with a district number not listed', '110199'],
  ])('given %s, it reports NIK.UNKNOWN_DISTRICT', (_given, district) => {
    expect(codesOf(nikOf({ district, day: '12', month: '05', year: '90' }), man('1990-05-12'))).toEqual([
      'NIK.UNKNOWN_DISTRICT',
    ]);
  });

  it('asks for the district in the official dotted form', () => {
    const asked: string[] = [];
    checkNik(nikOf({ district: '351315', day: '12', month: '05', year: '90' }), man('1990-05-12'), (code) => {
      asked.push(code);
      return true;
    });
    expect(asked).toEqual(['35.13.15']);
  });

  it.each([
    ['day 00', '00', '05', '90', man('1990-05-00')],
    ['day 32', '32', '05', '90', man('1990-05-32')],
    ['day 40', '40', '05', '90', man('1990-05-40')],
    ['day 72', '72', '05', '90', woman('1990-05-32')],
    ['day 99', '99', '05', '90', woman('1990-05-59')],
  ])(
    'given %s, which encodes neither a man nor a woman, it reports only NIK.BIRTH_DATE',
    (_given, day, month, year, declared) => {
      expect(codesOf(nikOf({ day, month, year }), declared)).toEqual(['NIK.BIRTH_DATE']);
    },
  );

  it.each([
    ['month 00', '12', '00', '90', man('1990-00-12')],
    ['month 13', '12', '13', '90', man('1990-13-12')],
    ['31 April', '31', '04', '90', man('1990-04-31')],
    ['30 February', '30', '02', '00', man('2000-02-30')],
    ['29 February 1990, not a leap year', '29', '02', '90', man('1990-02-29')],
    ['29 February 2023 for a woman (day written 69)', '69', '02', '23', woman('2023-02-29')],
    ['31 June for a woman (day written 71)', '71', '06', '01', woman('2001-06-31')],
  ])('given %s, it reports NIK.BIRTH_DATE', (_given, day, month, year, declared) => {
    expect(codesOf(nikOf({ day, month, year }), declared)).toEqual(['NIK.BIRTH_DATE']);
  });

  it.each([
    ['a man’s NIK declared for a woman', nikOf({ day: '12', month: '05', year: '90' }), woman('1990-05-12')],
    ['a woman’s NIK declared for a man', nikOf({ day: '52', month: '05', year: '90' }), man('1990-05-12')],
  ])('given %s, it reports NIK.SEX_MISMATCH', (_given, nik, declared) => {
    expect(codesOf(nik, declared)).toEqual(['NIK.SEX_MISMATCH']);
  });

  it('still compares the sex when the month is not real', () => {
    expect(codesOf(nikOf({ day: '52', month: '13', year: '90' }), man('1990-13-12'))).toEqual([
      'NIK.BIRTH_DATE',
      'NIK.SEX_MISMATCH',
    ]);
  });

  it.each([
    ['another day', man('1990-05-13')],
    ['another month', man('1990-06-12')],
    ['another year', man('1991-05-12')],
    ['the day with 40 added, as written in a woman’s NIK', man('1990-05-52')],
    ['a date in another format', man('12-05-1990')],
  ])('given a declared birth date with %s, it reports NIK.BIRTH_DATE_MISMATCH', (_given, declared) => {
    expect(codesOf(nikOf({ day: '12', month: '05', year: '90' }), declared)).toEqual([
      'NIK.BIRTH_DATE_MISMATCH',
    ]);
  });

  it('compares a woman’s birth day without the 40', () => {
    expect(codesOf(nikOf({ day: '52', month: '05', year: '90' }), woman('1990-05-52'))).toEqual([
      'NIK.BIRTH_DATE_MISMATCH',
    ]);
  });

  it('reports NIK.SERIAL for serial 0000', () => {
    expect(codesOf(nikOf({ day: '12', month: '05', year: '90', serial: '0000' }), man('1990-05-12'))).toEqual(
      ['NIK.SERIAL'],
    );
  });

  it('reports every problem at once, in the order of the digits', () => {
    const nik = nikOf({ district: '999999', day: '12', month: '05', year: '90', serial: '0000' });
    expect(codesOf(nik, woman('1991-05-12'))).toEqual([
      'NIK.UNKNOWN_DISTRICT',
      'NIK.SEX_MISMATCH',
      'NIK.BIRTH_DATE_MISMATCH',
      'NIK.SERIAL',
    ]);
  });

  it('never repeats the NIK or its district digits in a message', () => {
    const nik = nikOf({ district: '987654', day: '99', month: '13', year: '77', serial: '0000' });
    const problems = checkNik(nik, woman('1977-01-01'), districtExists);
    expect(problems.length).toBeGreaterThan(0);
    const written = JSON.stringify(problems);
    for (const part of [nik, '987654', '98.76.54', '991377']) expect(written).not.toContain(part);
  });
});

describe('NIK problem messages', () => {
  it.each(NIK_PROBLEM_CODES.map((code) => [code]))(
    '%s has one Indonesian and one English sentence',
    (code) => {
      const { text } = nikProblem(code);
      for (const sentence of [text.id, text.en]) expect(sentence).toMatch(/^[A-Z][^.]*\.$/);
      expect(text.id).not.toEqual(text.en);
    },
  );
});

describe('parse NIK', () => {
  it('reads a man’s NIK', () => {
    expect(parseNik('3513151205900042')).toEqual({
      districtCode: '35.13.15',
      birthDay: 12,
      birthMonth: 5,
      birthYearTwoDigits: 90,
      sex: 'M',
      serial: '0042',
    });
  });

  it('reads a woman’s NIK, removing the 40 from the day', () => {
    expect(parseNik('3171016902000001')).toMatchObject({
      birthDay: 29,
      birthMonth: 2,
      birthYearTwoDigits: 0,
      sex: 'F',
    });
  });

  it('reads a NIK whose district or serial checkNik would refuse: those are not structural', () => {
    expect(parseNik('9999991205900000')).toMatchObject({ districtCode: '99.99.99', serial: '0000' });
  });

  it.each([
    ['not 16 digits', '110101120590001'],
    ['a day field that encodes neither sex', '1101013505900001'],
    ['a date that does not exist', '1101013102900001'],
  ])('gives undefined for %s', (_given, nik) => {
    expect(parseNik(nik)).toBeUndefined();
  });
});

describe('check NIK, for any valid NIK', () => {
  const validNik = fc.record({
    district: fc.constantFrom(...KNOWN_DISTRICTS),
    sex: fc.constantFrom<Sex>('F', 'M'),
    // 1900 is not a leap year but 2000 is; fast-check never yields 29 Feb 1900 since it does not exist.
    born: fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    serial: fc.integer({ min: 1, max: 9999 }),
  });
  const two = (n: number): string => String(n).padStart(2, '0');
  const build = ({
    district,
    sex,
    born,
    serial,
  }: {
    district: string;
    sex: Sex;
    born: Date;
    serial: number;
  }) => {
    const day = born.getUTCDate() + (sex === 'F' ? 40 : 0);
    const nik =
      district.replaceAll('.', '') +
      two(day) +
      two(born.getUTCMonth() + 1) +
      two(born.getUTCFullYear() % 100) +
      String(serial).padStart(4, '0');
    return { nik, declared: { sex, birthDate: born.toISOString().slice(0, 10) } };
  };

  it('accepts it and reads back what it was built from', () => {
    fc.assert(
      fc.property(validNik, (person) => {
        const { nik, declared } = build(person);
        expect(checkNik(nik, declared, districtExists)).toEqual([]);
        expect(parseNik(nik)).toEqual({
          districtCode: person.district,
          birthDay: person.born.getUTCDate(),
          birthMonth: person.born.getUTCMonth() + 1,
          birthYearTwoDigits: person.born.getUTCFullYear() % 100,
          sex: person.sex,
          serial: String(person.serial).padStart(4, '0'),
        });
      }),
    );
  });

  it('reports only NIK.SEX_MISMATCH when the declared sex is the other one', () => {
    fc.assert(
      fc.property(validNik, (person) => {
        const { nik, declared } = build(person);
        const otherSex: Sex = declared.sex === 'F' ? 'M' : 'F';
        expect(checkNik(nik, { ...declared, sex: otherSex }, districtExists).map((p) => p.code)).toEqual([
          'NIK.SEX_MISMATCH',
        ]);
      }),
    );
  });
});
