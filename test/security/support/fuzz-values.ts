import fc from 'fast-check';
import { type FuzzJson, RawJson } from './fuzz-json.js';

/** What attackers and broken clients put in a field: injections, broken text, odd numbers and dates. */
export const HOSTILE_TEXT = [
  "' OR '1'='1",
  "Robert'); DROP TABLE event_log;--",
  '1; SELECT pg_sleep(5)--',
  "$$; COPY event_log TO PROGRAM 'id'; $$",
  '<script>alert(document.cookie)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}',
  '${7*7}',
  '#{7*7}',
  '%s%s%s%n%x',
  '{0}{1}',
  '../../../../etc/passwd',
  'Siti\u0000Aminah',
  '\u0000',
  'a\ud800',
  '\udc00b',
  '\ud83d',
  '\u202eNIK terbalik\u202c',
  'Siti\u200b\u200dAminah',
  '\ufeffBOM',
  '\u0007\u001b[31mmerah',
  'سيتي أمينة',
  '😀👨‍👩‍👧',
  '',
  '   ',
  ' 300000 ',
  '300000 ',
  '3e5',
  '0x493E0',
  'NaN',
  'Infinity',
  '-0',
  '2024-02-30',
  '2024-13-01',
  '0000-00-00',
  '2024-02-29T25:61:00Z',
  '+002024-01-01',
  '2024-1-1',
  '11.01.01.2001; DROP',
  '11.01.01.9999',
  'true',
  'null',
  '__proto__',
];

/** Numbers as their JSON text: beyond double range, negative zero, past the safe integers. */
const HOSTILE_NUMBERS = [
  '1e309',
  '-1e309',
  '-0',
  '1e308',
  '9007199254740993',
  '123456789012345678901234567890',
  '0.1',
  '-1',
  '1e-400',
  '300000.0000000001',
  '0',
  '2147483648',
];

/** Keys that reach for prototypes and operators, or that no schema names. */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '$where',
  'a.b',
  '',
  'kpmId ',
  'KPMID',
];

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 201, max: 20_000 }).map((length) => 'x'.repeat(length)) },
);

export const hostileValue: fc.Arbitrary<FuzzJson> = fc.oneof(
  { weight: 6, arbitrary: hostileText },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS).map((text) => new RawJson(text)) },
  { weight: 1, arbitrary: fc.constantFrom<FuzzJson>(null, true, false, [], {}, [[]], { '': null }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<FuzzJson> },
);
