const CRLF = Buffer.from('\r\n');

/** Thrown inside `parse` when the buffer ends mid-reply: wait for more bytes. */
const INCOMPLETE = new Error('incomplete RESP reply');

/**
 * Turns the bytes of RESP2 replies into values as ioredis and Bun hand them to BullMQ: simple and
 * bulk strings as UTF-8 strings, integers as numbers, nil as null, arrays as arrays, and error
 * replies as Error objects (top-level ones reject the command; nested ones stay in their EXEC slot).
 */
export class RespParser {
  private buffer: Buffer = Buffer.alloc(0);

  constructor(private readonly onReply: (reply: unknown) => void) {}

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      let parsed: { value: unknown; next: number };
      try {
        parsed = this.parse(0);
      } catch (error) {
        if (error === INCOMPLETE) return;
        throw error;
      }
      this.buffer = this.buffer.subarray(parsed.next);
      this.onReply(parsed.value);
      if (this.buffer.length === 0) return;
    }
  }

  private parse(start: number): { value: unknown; next: number } {
    const end = this.buffer.indexOf(CRLF, start);
    if (end < 0 || start >= this.buffer.length) throw INCOMPLETE;
    const type = String.fromCharCode(this.buffer[start]!);
    const line = this.buffer.toString('utf8', start + 1, end);
    const next = end + 2;
    switch (type) {
      case '+':
        return { value: line, next };
      case '-':
        return { value: new Error(line), next };
      case ':':
        return { value: Number(line), next };
      case '$': {
        const length = Number(line);
        if (length < 0) return { value: null, next };
        if (this.buffer.length < next + length + 2) throw INCOMPLETE;
        return { value: this.buffer.toString('utf8', next, next + length), next: next + length + 2 };
      }
      case '*': {
        const count = Number(line);
        if (count < 0) return { value: null, next };
        const items: unknown[] = [];
        let position = next;
        for (let i = 0; i < count; i++) {
          const item = this.parse(position);
          items.push(item.value);
          position = item.next;
        }
        return { value: items, next: position };
      }
      default:
        throw new Error(`Unexpected RESP reply type "${type}"`);
    }
  }
}
