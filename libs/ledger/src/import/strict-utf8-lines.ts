import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import { ImportError } from './import.errors.js';

const NEWLINE = 0x0a;

/**
 * Decodes an upload as UTF-8, refusing it (with the line) at the first byte that is not: a
 * spreadsheet saved as Latin-1 or Windows-1252 would otherwise be recorded with its names garbled
 * to U+FFFD, for good. Works a whole line at a time (0x0A never occurs inside a UTF-8 sequence), and
 * refuses a line longer than `maxLineBytes` before holding more of it in memory.
 */
export class StrictUtf8Lines extends Transform {
  private carry = Buffer.alloc(0);
  private line = 1;

  constructor(private readonly maxLineBytes: number) {
    super({ decodeStrings: true });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const end = bytes.lastIndexOf(NEWLINE) + 1;
    this.carry = Buffer.from(bytes.subarray(end));
    try {
      this.pushLines(bytes.subarray(0, end));
      if (this.carry.length > this.maxLineBytes) throw ImportError.lineTooLong(this.line, this.maxLineBytes);
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      this.pushLines(this.carry);
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  private pushLines(bytes: Buffer): void {
    if (bytes.length === 0) return;
    if (!isUtf8(bytes)) throw ImportError.notUtf8(this.line + firstBadLine(bytes));
    for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) this.line++;
    this.push(bytes.toString('utf8'));
  }
}

/** Which line of `bytes` (0 for the first) holds the first byte that is not UTF-8. */
function firstBadLine(bytes: Buffer): number {
  let line = 0;
  let start = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, start)) {
    if (!isUtf8(bytes.subarray(start, at))) return line;
    line++;
    start = at + 1;
  }
  return line;
}
