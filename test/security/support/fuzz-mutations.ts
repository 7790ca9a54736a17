import fc from 'fast-check';
import type { BaseRequest } from './fuzz-base-request.js';
import { type Draft, FORM_TYPE, formText, freshTokens, JSON_TYPE } from './fuzz-draft.js';
import { type FuzzJson, jsonText, pathsOf, put, withAt } from './fuzz-json.js';
import { HOSTILE_KEYS, hostileText, hostileValue } from './fuzz-values.js';

/** The right shape with one thing wrong: a hostile value, a field gone, a field too many, an array. */
export function jsonMutations(base: Draft, json: FuzzJson): fc.Arbitrary<Draft> {
  const paths = pathsOf(json);
  const objects = paths.filter((path) => isObject(at(json, path)));
  const path = fc.constantFrom(...paths);
  const mutated = fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .tuple(path, hostileValue)
        .map(([where, value]) => ['body:replace', withAt(json, where, value)] as const),
    },
    {
      weight: 2,
      arbitrary: path
        .filter((where) => where.length > 0)
        .map((where) => ['body:remove', withAt(json, where, undefined)] as const),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...objects),
          fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 10 })),
          hostileValue,
        )
        .map(
          ([where, key, value]) =>
            ['body:add-key', withAt(json, where, withKey(at(json, where), key, value))] as const,
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...objects)
        .map((where) => ['body:array-for-object', withAt(json, where, [at(json, where)])] as const),
    },
    {
      weight: 1,
      arbitrary: (fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<FuzzJson>).map(
        (value) => ['body:wrong-shape', value] as const,
      ),
    },
  );
  return mutated.map(([family, value]) =>
    base.with({ family, contentType: JSON_TYPE, body: Buffer.from(jsonText(value)) }),
  );
}

/** A form field hostile, missing, repeated or new; the form sent as JSON; a thousand fields and one. */
export function formMutations(
  base: Draft,
  request: BaseRequest,
  form: Record<string, string>,
): fc.Arbitrary<Draft> {
  const field = fc.constantFrom(...Object.keys(form));
  const send = (family: string, fields: Record<string, string | string[]>) =>
    base.with({ family, contentType: FORM_TYPE, body: Buffer.from(formText(freshTokens(request, fields))) });
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .tuple(field, hostileText)
        .map(([name, value]) => send('form:replace', { ...form, [name]: value })),
    },
    { weight: 2, arbitrary: field.map((name) => send('form:remove', without(form, name))) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(field, hostileText)
        .map(([name, value]) => send('form:repeat', { ...form, [name]: [form[name]!, value] })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...HOSTILE_KEYS, 'situs', 't[0]', 'a[b]'), hostileText)
        .map(([name, value]) => send('form:add-field', { ...form, [name]: value })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(field, hostileValue).map(([name, value]) =>
        base.with({
          family: 'form:as-json',
          contentType: JSON_TYPE,
          body: Buffer.from(jsonText(withKey(freshTokens(request, form) as FuzzJson, name, value))),
        }),
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constant(
        base.with({
          family: 'form:too-many-fields',
          contentType: FORM_TYPE,
          body: Buffer.from(Array.from({ length: 1001 }, (_, index) => `f${index}=x`).join('&')),
          malformed: true,
        }),
      ),
    },
  );
}

/** Percent escapes that decode to nothing, to a NUL or to half a character; hostile and long values. */
export function paramMutations(base: Draft): fc.Arbitrary<Draft> {
  const names = Object.keys(base.params);
  const raw = fc.oneof(
    hostileText.map((value) => encodeURIComponent(value.isWellFormed() ? value : value.toWellFormed())),
    fc.constantFrom(
      '%',
      '%ZZ',
      '%ED%A0%80',
      '%C0%AF',
      '%FF',
      '%00',
      'a%00b',
      '%E2%80%AE',
      '..%2F..%2Fetc',
      '%2e%2e',
    ),
    fc.integer({ min: 65, max: 4000 }).map((length) => 'k'.repeat(length)),
  );
  return fc
    .tuple(fc.constantFrom(...names), raw)
    .map(([name, value]) =>
      base.with({ family: 'params:replace', params: { ...base.params, [name]: value } }),
    );
}

/** Query strings the route may read (the portal's `lang`) or ignore. */
export function queryMutations(base: Draft): fc.Arbitrary<Draft> {
  return fc
    .oneof(
      hostileText.map((value) => `?lang=${encodeURIComponent(value.toWellFormed())}`),
      fc.constantFrom('?lang=en&lang=id', '?__proto__=x', '?lang[]=en', '?%ZZ', '?lang=%00'),
    )
    .map((query) => base.with({ family: 'query', query }));
}

function at(value: FuzzJson, path: (string | number)[]): FuzzJson {
  return path.reduce<FuzzJson>((node, key) => (node as Record<string, FuzzJson>)[key] ?? null, value);
}

function isObject(value: FuzzJson): value is Record<string, FuzzJson> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function withKey(target: FuzzJson, key: string, value: FuzzJson): FuzzJson {
  const copy: Record<string, FuzzJson> = {};
  for (const [name, item] of Object.entries(target as Record<string, FuzzJson>)) put(copy, name, item);
  put(copy, key, value);
  return copy;
}

function without(form: Record<string, string>, name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(form).filter(([field]) => field !== name));
}
