import { isUtf8 } from 'node:buffer';

/** What body-parser turns into a 400 (http-errors reads `status`), and the problem filter names. */
export class BodyNotUtf8 extends Error {
  readonly status = 400;
  readonly expose = true;
  readonly type = 'entity.not.utf8';

  constructor() {
    super('The request body is not valid UTF-8');
  }
}

/**
 * body-parser's `verify` hook, run on the raw bytes before they are decoded. Without it, bytes that
 * are not UTF-8 (a body saved as Latin-1 or Windows-1252) are decoded to U+FFFD and a name such as
 * "Sútini" would be recorded as "S�tini", for good, in an append-only log. Bodies that declare
 * another UTF (charset=utf-16) are decoded by body-parser and left alone here.
 */
export function refuseInvalidUtf8(
  _request: unknown,
  _response: unknown,
  body: Buffer,
  encoding: string,
): void {
  if (/^utf-?8$/i.test(encoding) && !isUtf8(body)) throw new BodyNotUtf8();
}
