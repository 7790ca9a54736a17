/** A JSON token written as is: -0, 1e309 and 123456789012345678901 do not survive JSON.stringify. */
export class RawJson {
  constructor(readonly text: string) {}
}

export type FuzzJson = null | boolean | number | string | RawJson | FuzzJson[] | { [key: string]: FuzzJson };

/**
 * JSON text for a value that may hold raw tokens. Keys are written as own properties, so
 * `__proto__` reaches the server as the key a hostile client would send (an object literal would
 * set the prototype instead).
 */
export function jsonText(value: FuzzJson): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(jsonText).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}:${jsonText(item)}`)
      .join(',')}}`;
  // Lone surrogates: JSON.stringify escapes them (\ud800), as any client library would send them.
  return JSON.stringify(value);
}

/** `levels` of arrays or objects around a value, as text: far deeper than any recursion can follow. */
export function nestedText(levels: number, shape: 'array' | 'object', inner = '0'): string {
  return shape === 'array'
    ? `${'['.repeat(levels)}${inner}${']'.repeat(levels)}`
    : `${'{"a":'.repeat(levels)}${inner}${'}'.repeat(levels)}`;
}

/** A copy of `value` with the node at `path` replaced (or removed, for `undefined`). */
export function withAt(
  value: FuzzJson,
  path: (string | number)[],
  replacement: FuzzJson | undefined,
): FuzzJson {
  if (path.length === 0) return replacement ?? null;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const next = (item: FuzzJson | undefined) =>
    rest.length > 0 ? withAt(item ?? null, rest, replacement) : replacement;
  if (Array.isArray(value)) {
    const copy = [...value];
    const changed = next(copy[Number(head)]);
    if (changed === undefined) copy.splice(Number(head), 1);
    else copy[Number(head)] = changed;
    return copy;
  }
  if (value === null || typeof value !== 'object' || value instanceof RawJson) return value;
  const copy: Record<string, FuzzJson> = {};
  for (const [key, item] of Object.entries(value)) if (key !== String(head)) put(copy, key, item);
  const changed = next(value[String(head)]);
  if (changed !== undefined) put(copy, String(head), changed);
  return copy;
}

/** An own property even for `__proto__`, where assignment would set the prototype. */
export function put(target: Record<string, FuzzJson>, key: string, value: FuzzJson): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Every path in a value, the root first: where a mutation may strike. */
export function pathsOf(value: FuzzJson, prefix: (string | number)[] = []): (string | number)[][] {
  const paths = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
  else if (value !== null && typeof value === 'object' && !(value instanceof RawJson))
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  return paths;
}
