import { parse as parseQuery } from 'node:querystring';
import { stripProtoKeys } from '@nestjs/common/utils/strip-proto-keys.util.js';
import { parseIdempotencyKey, unstorableInput } from '@saksi/http';
import qs from 'qs';
import { validate as isUuid } from 'uuid';
import type { z } from 'zod';
import type { BaseRequest } from './fuzz-base-request.js';
import { type Draft, FORM_TYPE, JSON_TYPE } from './fuzz-draft.js';
import type { WriteRoute } from './fuzz-routes.js';

/**
 * What the answer must be, worked out from the route's own declarations: `refused` when the request
 * is broken on the wire, or when what the server will parse fails the route's schemas (or holds
 * what no column can store); otherwise `either`, since a hostile but well-formed value may be a
 * legitimate record (a name with an apostrophe) or be refused by a rule the schema cannot see.
 */
export function expectation(route: WriteRoute, base: BaseRequest, draft: Draft): 'refused' | 'either' {
  if (draft.malformed) return 'refused';
  for (const [name, encoded] of Object.entries(draft.params)) {
    const value = decodedParam(encoded);
    if (value === undefined || value === '') return 'refused';
    if (fails(route.params[name], value, name)) return 'refused';
  }
  if (route.query && fails(route.query, parseQuery(draft.query.replace(/^\?/, '')), '')) return 'refused';
  const type = draft.contentType?.split(';')[0]?.trim().toLowerCase();
  if (base.body && 'csv' in base.body) return type === 'text/csv' ? 'either' : 'refused';
  let body: unknown;
  try {
    body = parsedBody(type, draft);
  } catch {
    return 'refused'; // body-parser answers 400 (or 415) before any route
  }
  if (route.body && fails(route.body, body, '')) return 'refused';
  if (base.idempotent && keyRefused(draft, base)) return 'refused';
  return 'either';
}

/** Express decodes a parameter with decodeURIComponent, and refuses it when that throws. */
function decodedParam(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

/** As ZodValidationPipe checks it: storable first, then Nest's prototype keys gone, then the schema. */
function fails(schema: z.ZodType | undefined, value: unknown, root: string): boolean {
  if (unstorableInput(value, root).length > 0) return true;
  if (!schema) return false;
  stripProtoKeys(value);
  return !schema.safeParse(value).success;
}

/** What body-parser hands the route: JSON (strict: an object or array), flat form fields, or nothing. */
function parsedBody(type: string | undefined, draft: Draft): unknown {
  const bytes = draft.body ?? Buffer.alloc(0);
  if (type === JSON_TYPE) {
    if (bytes.length === 0) return {};
    const charset =
      /charset=([^;]+)/i
        .exec(draft.contentType ?? '')?.[1]
        ?.trim()
        .toLowerCase() ?? 'utf-8';
    const text = new TextDecoder(charset).decode(bytes);
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object')
      throw new Error('body-parser refuses JSON that is not an object or array');
    return value;
  }
  if (type === FORM_TYPE)
    return bytes.length === 0 ? {} : qs.parse(bytes.toString('utf8'), { allowPrototypes: true, depth: 0 });
  return undefined;
}

/** Two Idempotency-Keys are one too many; one must be 1-100 printable ASCII, and a UUID from a citizen. */
function keyRefused(draft: Draft, base: BaseRequest): boolean {
  const keys = draft.headers
    .filter(([name]) => name.toLowerCase() === 'idempotency-key')
    .map(([, value]) => value);
  if (keys.length > 1) return true;
  if (keys.length === 0) return false;
  try {
    const key = parseIdempotencyKey(keys[0]);
    return !base.holder && !base.session && key !== undefined && !isUuid(key);
  } catch {
    return true;
  }
}
