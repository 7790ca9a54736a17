import fc from 'fast-check';
import type { WriteRoute } from './fuzz-routes.js';
import type { BaseRequest } from './fuzz-base-request.js';
import type { FuzzContext } from './fuzz-context.js';
import type { RawRequest } from './fuzz-http.js';
import { jsonText } from './fuzz-json.js';

export const JSON_TYPE = 'application/json';
export const FORM_TYPE = 'application/x-www-form-urlencoded';

/** One fuzzed request before it is put on the wire, printed short when fast-check reports it. */
export class Draft {
  constructor(
    /** Which family of attack made it (`body:replace`, `envelope:oversized`, ...). */
    readonly family: string,
    /** Path parameters, already percent-encoded (or deliberately mis-encoded). */
    readonly params: Record<string, string>,
    readonly contentType: string | undefined,
    readonly body: Buffer | undefined,
    readonly headers: [string, string][] = [],
    /** Broken on the wire or past a limit: refused before any route's code, whatever the route. */
    readonly malformed = false,
    readonly query = '',
    readonly chunked = false,
    /** Sent with the administrator's key instead of the base's holder's (a route both may call). */
    readonly asAdmin = false,
  ) {}

  with(changes: Partial<Omit<Draft, 'with' | 'toRequest'>>): Draft {
    const next = { ...this, ...changes };
    return new Draft(
      next.family,
      next.params,
      next.contentType,
      next.body,
      next.headers,
      next.malformed,
      next.query,
      next.chunked,
      next.asAdmin,
    );
  }

  toRequest(route: WriteRoute, base: BaseRequest, context: FuzzContext): RawRequest {
    const path = route.path.replace(/:(\w+)/g, (_, name: string) => this.params[name] ?? '');
    const holder = this.asAdmin ? 'admin' : base.holder;
    const credentials: [string, string][] = [
      ...(holder ? [['Authorization', `Bearer ${context.key(holder)}`] as [string, string]] : []),
      ...(base.session
        ? [['Cookie', `saksi_sesi=${encodeURIComponent(context.key(base.session))}`] as [string, string]]
        : []),
    ];
    const framing: [string, string][] = this.body
      ? [this.chunked ? ['Transfer-Encoding', 'chunked'] : ['Content-Length', String(this.body.length)]]
      : [];
    const type: [string, string][] =
      this.contentType === undefined ? [] : [['Content-Type', this.contentType]];
    const framed = this.headers.some(([name]) => /^(content-length|transfer-encoding)$/i.test(name));
    return {
      method: route.method,
      path: path + this.query,
      headers: [...credentials, ...type, ...(framed ? [] : framing), ...this.headers],
      ...(this.body ? { body: this.chunked ? chunk(this.body) : this.body } : {}),
    };
  }

  [fc.toStringMethod](): string {
    const preview = this.body ? JSON.stringify(this.body.subarray(0, 300).toString('latin1')) : 'none';
    return `${this.family} ${JSON.stringify({
      params: this.params,
      query: this.query,
      contentType: this.contentType,
      headers: this.headers.map(([name, value]) => [
        name,
        value.length > 120 ? `${value.slice(0, 120)}… (${value.length})` : value,
      ]),
      malformed: this.malformed,
      chunked: this.chunked,
      asAdmin: this.asAdmin,
    })} body ${this.body?.length ?? 0} bytes: ${preview}`;
  }
}

function chunk(body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]);
}

/** The base request as it is, the starting point of every mutation. */
export function baseDraft(base: BaseRequest): Draft {
  const params = Object.fromEntries(
    Object.entries(base.params).map(([name, value]) => [name, encodeURIComponent(value)]),
  );
  const body = base.body;
  if (!body) return new Draft('base', params, undefined, undefined);
  if ('json' in body) return new Draft('base', params, JSON_TYPE, Buffer.from(jsonText(body.json)));
  if ('csv' in body) return new Draft('base', params, 'text/csv', Buffer.from(body.csv));
  return new Draft('base', params, FORM_TYPE, Buffer.from(formText(freshTokens(base, body.form))));
}

/** The portal's signed form tokens, made anew unless a mutation chose the field's value. */
export function freshTokens(
  base: BaseRequest,
  form: Record<string, string | string[]>,
): Record<string, string | string[]> {
  const fresh = { ...form };
  for (const [field, make] of Object.entries(base.tokens ?? {}))
    if (fresh[field] === (base.body as { form: Record<string, string> }).form[field]) fresh[field] = make();
  return fresh;
}

export function formText(form: Record<string, string | string[]>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(form))
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, item);
  return search.toString();
}
