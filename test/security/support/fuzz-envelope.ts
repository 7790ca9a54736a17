import fc from 'fast-check';
import { type Draft, JSON_TYPE } from './fuzz-draft.js';
import { nestedText } from './fuzz-json.js';

/** body-parser's limit for JSON and forms (JSON_BODY_LIMIT in @saksi/http). */
const BODY_LIMIT = 1024 * 1024;
/** Node's default limit on a request's head. */
const HEAD_LIMIT = 16 * 1024;

/** A body for the parser to refuse where the route itself takes none. */
const SOME_JSON = '{"a":"b"}';

const BREAKERS = [
  '"',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '\\',
  "'",
  'undefined',
  'NaN',
  '//',
  '/*',
  '\u0000',
  '\n',
  'x',
];

/** JSON text that is not JSON: cut short, broken by one character, or not JSON at all. */
export function malformedJson(base: Draft): fc.Arbitrary<Draft> {
  const text = base.body?.toString('utf8') || SOME_JSON;
  const broken = fc.oneof(
    fc.integer({ min: 1, max: Math.max(1, text.length - 1) }).map((at) => text.slice(0, at)),
    fc
      .tuple(fc.integer({ min: 0, max: text.length }), fc.constantFrom(...BREAKERS))
      .map(([at, breaker]) => text.slice(0, at) + breaker + text.slice(at)),
    fc.constantFrom(
      '{',
      '{"a":}',
      '[1,]',
      "{'a':1}",
      '{"a":1}}',
      'nul',
      '{"a":01}',
      '"\\u12"',
      '{"a":"\\x41"}',
    ),
    fc.string({ maxLength: 60 }),
  );
  return broken
    .filter((candidate) => !parses(candidate) && candidate.trim() !== '')
    .map((candidate) =>
      base.with({
        family: 'envelope:malformed-json',
        contentType: JSON_TYPE,
        body: Buffer.from(candidate),
        malformed: true,
      }),
    );
}

/** Just over the body limit, and far over it, declared up front or streamed in chunks. */
export function oversized(base: Draft, farBytes: number[]): fc.Arbitrary<Draft> {
  const sizes = fc.oneof(
    fc.integer({ min: BODY_LIMIT + 1, max: BODY_LIMIT + 4096 }),
    fc.constantFrom(...farBytes),
  );
  return fc.tuple(sizes, fc.boolean()).map(([size, chunked]) => {
    const start = Buffer.from('{"padding":"');
    const body = Buffer.alloc(size, 0x61);
    start.copy(body);
    Buffer.from('"}').copy(body, size - 2);
    return base.with({
      family: 'envelope:oversized',
      contentType: JSON_TYPE,
      body,
      malformed: true,
      chunked,
    });
  });
}

/** Arrays or objects nested thousands of levels deep, inside a valid body where one exists. */
export function deeplyNested(base: Draft, bodyAt: (inner: string) => string): fc.Arbitrary<Draft> {
  return fc
    .tuple(fc.constantFrom<'array' | 'object'>('array', 'object'), fc.integer({ min: 33, max: 150_000 }))
    .map(([shape, levels]) =>
      base.with({
        family: 'envelope:deep',
        contentType: JSON_TYPE,
        body: Buffer.from(bodyAt(nestedText(levels, shape))),
      }),
    );
}

const BAD_UTF8 = [
  [0xff],
  [0xc3],
  [0xed, 0xa0, 0x80],
  [0xc0, 0xaf],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xe2, 0x82],
];

/** Bytes that are not UTF-8 in a body that says (or leaves) it is, UTF-16, and charsets nobody reads. */
export function wronglyEncoded(base: Draft): fc.Arbitrary<Draft> {
  const text = base.body?.toString('utf8') || SOME_JSON;
  const quote = Math.max(0, text.indexOf('"', text.indexOf(':')) + 1);
  return fc.oneof(
    fc.constantFrom(...BAD_UTF8).map((bytes) =>
      base.with({
        family: 'encoding:not-utf8',
        contentType: JSON_TYPE,
        body: Buffer.concat([
          Buffer.from(text.slice(0, quote)),
          Buffer.from(bytes),
          Buffer.from(text.slice(quote)),
        ]),
        malformed: true,
      }),
    ),
    fc
      .constantFrom<[string, BufferEncoding | 'utf16be']>(
        ['\ufeff', 'utf16le'],
        ['', 'utf16le'],
        ['\ufeff', 'utf16be'],
      )
      .map(([bom, encoding]) =>
        base.with({
          family: 'encoding:utf-16-undeclared',
          contentType: JSON_TYPE,
          body: utf16(bom + text, encoding),
          malformed: true,
        }),
      ),
    fc.constant(
      base.with({
        family: 'encoding:utf-16-declared',
        contentType: `${JSON_TYPE}; charset=utf-16le`,
        body: utf16(text, 'utf16le'),
      }),
    ),
    fc.constantFrom('latin1', 'iso-8859-1', 'windows-1252', 'klingon', 'us-ascii').map((charset) =>
      base.with({
        family: 'encoding:unsupported-charset',
        contentType: `${JSON_TYPE}; charset=${charset}`,
        body: Buffer.from(text),
        malformed: true,
      }),
    ),
  );
}

/** The base body under another content type, or none. */
export function wrongContentType(base: Draft, alternatives: Buffer[]): fc.Arbitrary<Draft> {
  const types = [
    'text/plain',
    'application/xml',
    'multipart/form-data; boundary=x',
    'application/octet-stream',
    'application/json-patch+json',
    'application/x-www-form-urlencoded',
    JSON_TYPE,
    'text/csv',
    '',
    undefined,
  ];
  return fc
    .tuple(
      fc.constantFrom(...types),
      fc.constantFrom(...(base.body ? [base.body, ...alternatives] : alternatives)),
    )
    .map(([contentType, body]) => base.with({ family: 'encoding:content-type', contentType, body }));
}

const CONTROL = [...Array(32).keys(), 127].filter((code) => code !== 9 && code !== 10 && code !== 13);

/**
 * Idempotency-Keys with control characters, 10 kB long, outside ASCII or sent twice; Content-Length
 * twice or beside chunked encoding; compressed bodies that are not; a head over Node's limit.
 */
export function hostileHeaders(base: Draft): fc.Arbitrary<Draft> {
  const key = (value: string, malformed = false) =>
    base.with({ family: 'headers:idempotency-key', headers: [['Idempotency-Key', value]], malformed });
  const length = base.body?.length ?? 0;
  return fc.oneof(
    fc.constantFrom(...CONTROL).map((code) => key(`key-${String.fromCharCode(code)}-1`, true)),
    fc.integer({ min: 101, max: 10_240 }).map((size) => key('k'.repeat(size))),
    fc
      .constantFrom('kunci-é', 'ключ', '\u00a0key')
      .map((value) => key(Buffer.from(value, 'utf8').toString('latin1'))),
    fc.constantFrom<[string, string]>(['a', 'b'], ['same', 'same'], ['', 'x']).map(([first, second]) =>
      base.with({
        family: 'headers:idempotency-key-twice',
        headers: [
          ['Idempotency-Key', first],
          ['Idempotency-Key', second],
        ],
      }),
    ),
    fc.constant(
      base.with({
        family: 'headers:content-length-twice',
        headers: [
          ['Content-Length', String(length)],
          ['Content-Length', String(length + 1)],
        ],
        malformed: true,
      }),
    ),
    fc.constant(
      base.with({
        family: 'headers:length-and-chunked',
        headers: [
          ['Content-Length', String(length)],
          ['Transfer-Encoding', 'chunked'],
        ],
        malformed: true,
      }),
    ),
    fc.constantFrom('gzip', 'deflate', 'br', 'compress', 'x-unknown').map((encoding) =>
      base.with({
        family: 'headers:content-encoding',
        contentType: JSON_TYPE,
        body: base.body ?? Buffer.from(SOME_JSON),
        headers: [['Content-Encoding', encoding]],
        malformed: true,
      }),
    ),
    fc.constant(
      base.with({
        family: 'headers:head-too-large',
        headers: [['X-Padding', 'p'.repeat(HEAD_LIMIT + 100)]],
        malformed: true,
      }),
    ),
  );
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function utf16(text: string, encoding: BufferEncoding | 'utf16be'): Buffer {
  const little = Buffer.from(text, 'utf16le');
  return encoding === 'utf16be' ? little.swap16() : little;
}
