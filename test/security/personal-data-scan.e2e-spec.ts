import { createHmac } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { maskNik, withoutPersonalData } from '@saksi/events';
import { describeFindings, type Finding, PersonalDataScanner } from '../support/personal-data-scan.js';

// A pure spec: it sits with the e2e specs only because jest's unit project reads apps/ and libs/.
const NIK = '1101015907950035';
const KK = '1101012510110035';
const NAME = 'Suryani Suryana';
const PHONE = '0813-5577-2468';
const EMAIL = 'warga.bakongan@example.id';
const BORN = '1995-07-19';

const scanner = new PersonalDataScanner([
  { kind: 'nik', value: NIK },
  { kind: 'kk-number', value: KK },
  { kind: 'name', value: NAME },
  { kind: 'contact', value: PHONE },
  { kind: 'contact', value: EMAIL },
  { kind: 'birth-date', value: BORN },
]);
const found = (text: string) => scanner.scan('test', text);
const kinds = (text: string) => found(text).map(({ kind, form }) => `${kind} ${form}`);

describe('the personal data scanner', () => {
  it.each([
    ['in clear', `{"nik":"${NIK}"}`, 'clear'],
    ['in groups of four', '1101 0159 0795 0035', 'clear'],
    ['with dashes and dots', '110101-590795-0035 and 11.01.01.590795.0035', 'clear'],
    ['inside a longer token', `nik=${NIK}x`, 'clear'],
    ['URL-encoded with its separators', '/cari?q=1101%200159%200795%200035', 'encoded'],
    ['JSON-escaped', `"\\u0031\\u0031${NIK.slice(2)}"`, 'encoded'],
    ['as HTML entities', `<td>&#49;&#x31;${NIK.slice(2)}</td>`, 'encoded'],
  ])('finds a NIK %s', (_, text, form) => {
    expect(kinds(text)).toContain(`nik ${form}`);
  });

  it('finds a KK number, and tells it from the NIK', () => {
    expect(kinds(`kk: ${KK.slice(0, 8)} ${KK.slice(8)}`)).toEqual(['kk-number clear']);
  });

  it.each([
    ['as written', `head: ${NAME}`, 'clear'],
    ['in capitals, spaced out', 'KEPALA: SURYANI    SURYANA.', 'clear'],
    ['in lower case across a tab', 'suryani\tsuryana', 'clear'],
    ['between terminal colours', `\u001b[32m${NAME}\u001b[39m`, 'clear'],
    ['URL-encoded', '/cari?q=Suryani+Suryana', 'encoded'],
    ['with a JSON-escaped space', '"Suryani\\u0020Suryana"', 'encoded'],
    ['split by a tag and a non-breaking space', '<b>Suryani</b>&nbsp;Suryana', 'encoded'],
  ])('finds a full name %s', (_, text, form) => {
    expect(kinds(text)).toEqual([`name ${form}`]);
  });

  it.each([
    ['as given', `kontak ${PHONE}`],
    ['without separators', 'kontak 081355772468.'],
    ['dialled from abroad', 'kontak +62 813 5577 2468'],
    ['an e-mail in capitals', 'Warga.Bakongan@Example.ID'],
  ])('finds a contact %s', (_, text) => {
    expect(kinds(text)).toEqual(['contact clear']);
  });

  it.each([
    ['ISO', `{"birthDate":"${BORN}"}`],
    ['as a timestamp', '1995-07-19T00:00:00.000Z'],
    ['day first', 'lahir 19/07/1995'],
    ['written out in Indonesian', 'lahir 19 Juli 1995'],
    ['written out in English', 'born July 19, 1995'],
  ])('finds a full birth date %s', (_, text) => {
    expect(kinds(text)).toEqual(['birth-date clear']);
  });

  it('flags nothing of what may leave the log: masked NIK, initials, birth year, HMAC tokens, codes', () => {
    const token = createHmac('sha256', 'key').update(NIK).digest('hex');
    const treated = withoutPersonalData(
      {
        type: 'beneficiary.registered',
        data: { head: { name: NAME, nik: NIK, birthDate: BORN }, kkNumber: KK, members: [] },
      } as never,
      (value) => createHmac('sha256', 'key').update(value).digest('hex'),
    );
    const allowed = [
      JSON.stringify(treated),
      `${maskNik(NIK)} ${token} S. S. 1995`,
      'desa 11.01.01.2001, kecamatan 11.01.01, kpm 1101012001-035',
      // Half a NIK, a first name alone, the phone number inside a longer number, another date.
      '110101590795 Suryani, 20813557724680 1995-07-18 Suryanix Suryana',
    ];
    for (const text of allowed) expect(describeFindings(found(text))).toBe('');
  });

  it('says where, masks the value in its report, and masks other personal data around it', () => {
    const findings = scanner.scan('kafka partition 2 offset 17', `first line\n  ${NAME} ${NIK} ${PHONE}`);
    expect(findings.map(({ source, line, column, kind }) => [source, line, column, kind])).toEqual([
      ['kafka partition 2 offset 17', 2, 19, 'nik'],
      ['kafka partition 2 offset 17', 2, 36, 'contact'],
      ['kafka partition 2 offset 17', 2, 3, 'name'],
    ]);
    const report = describeFindings(findings);
    expect(report).toContain('nik 110101******0035');
    expect(report).toContain('name S. S.');
    for (const clear of [NIK, NAME, PHONE, '5577']) expect(report).not.toContain(clear);
    // The value is kept to count whom a scan found, but no assertion can print it.
    expect(findings.map((finding: Finding) => finding.value)).toEqual([NIK, PHONE, NAME]);
    expect(JSON.stringify(findings)).not.toContain(NIK);
  });

  it('redacts a text for a failure message: values masked in place, a line holding one encoded withheld', () => {
    expect(scanner.redact(`ok\nnik ${NIK}, ${NAME} lahir ${BORN}\nq=Suryani+Suryana`)).toBe(
      'ok\nnik [nik 110101******0035], [name S. S.] lahir [birth-date 1995-**-**]\n[line withheld]',
    );
  });
});
