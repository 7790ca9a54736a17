import fc from 'fast-check';
import type { BaseRequest } from './fuzz-base-request.js';
import { baseDraft, type Draft } from './fuzz-draft.js';
import {
  deeplyNested,
  hostileHeaders,
  malformedJson,
  oversized,
  wronglyEncoded,
  wrongContentType,
} from './fuzz-envelope.js';
import { jsonText, pathsOf, RawJson, withAt } from './fuzz-json.js';
import { formMutations, jsonMutations, paramMutations, queryMutations } from './fuzz-mutations.js';

const LANGUAGES = [undefined, 'en', 'id-ID,id;q=0.9', 'en;q=abc, *;q=0', 'x'.repeat(600), 'zz-ZZ', '\u00e9'];

/**
 * Every kind of input this route can be sent, from its base request: the envelope (JSON that is
 * not, too big, too deep, wrongly encoded, hostile headers) for every route, and mutations of the
 * body, form fields, path parameters and query where the route has them.
 */
export function draftsFor(
  base: BaseRequest,
  options: { farBytes: number[]; adminMayCall: boolean },
): fc.Arbitrary<Draft> {
  const { farBytes } = options;
  const start = baseDraft(base);
  const json = base.body && 'json' in base.body ? base.body.json : undefined;
  const deepAt = json
    ? fc
        .constantFrom(...pathsOf(json))
        .map((path) => (inner: string) => jsonText(withAt(json, path, new RawJson(inner))))
    : fc.constant((inner: string) => inner);
  const alternatives = [
    Buffer.from('{}'),
    Buffer.from('[]'),
    Buffer.from('a=1&b=2'),
    Buffer.from('kpm_id\nx\n'),
  ];
  const families: fc.WeightedArbitrary<Draft>[] = [
    { weight: 1, arbitrary: malformedJson(start) },
    { weight: 1, arbitrary: oversized(start, farBytes) },
    { weight: 1, arbitrary: deepAt.chain((at) => deeplyNested(start, at)) },
    { weight: 1, arbitrary: wronglyEncoded(start) },
    { weight: 1, arbitrary: wrongContentType(start, alternatives) },
    { weight: 2, arbitrary: hostileHeaders(start) },
  ];
  if (json !== undefined) families.push({ weight: 8, arbitrary: jsonMutations(start, json) });
  if (base.body && 'form' in base.body)
    families.push({ weight: 8, arbitrary: formMutations(start, base, base.body.form) });
  if (Object.keys(base.params).length > 0) families.push({ weight: 3, arbitrary: paramMutations(start) });
  if (!base.holder) families.push({ weight: 1, arbitrary: queryMutations(start) });
  // The administrator's key as often as the route's own role's, where the route takes both.
  const asAdmin =
    options.adminMayCall && base.holder !== undefined && base.holder !== 'admin'
      ? fc.boolean()
      : fc.constant(false);
  return fc
    .tuple(
      fc.oneof(...families),
      fc.constantFrom(...LANGUAGES),
      fc.option(fc.uuid(), { nil: undefined }),
      asAdmin,
    )
    .map(([draft, language, key, admin]) => withNoise(draft, base, language, key).with({ asAdmin: admin }));
}

/** Accept-Language of any kind, and for idempotent routes often a fresh key, as real clients send. */
function withNoise(
  draft: Draft,
  base: BaseRequest,
  language: string | undefined,
  key: string | undefined,
): Draft {
  const headers = [...draft.headers];
  if (language !== undefined) headers.push(['Accept-Language', language]);
  const hasKey = headers.some(([name]) => name.toLowerCase() === 'idempotency-key');
  if (base.idempotent && key !== undefined && !hasKey) headers.push(['Idempotency-Key', key]);
  return draft.with({ headers });
}
