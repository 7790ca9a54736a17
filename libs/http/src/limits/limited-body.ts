import type { IncomingHttpHeaders } from 'node:http';
import { type Readable, Transform, type TransformCallback } from 'node:stream';
import { LimitExceeded } from './limit-exceeded.error.js';

type Upload = Readable & { headers: IncomingHttpHeaders };

/**
 * A streamed upload, cut off at `maxBytes`. A declared Content-Length over the limit is refused
 * before a byte is read (limitedBody throws); a body without one (chunked) fails this stream the
 * moment it passes the limit, so whatever reads it (the CSV importer, inside one transaction) stops
 * and rolls back, whatever it makes of the error. `exceeded` then holds the answer to give.
 */
export class LimitedBody extends Transform {
  exceeded: LimitExceeded | undefined;
  private seen = 0;

  private constructor(
    private readonly upload: Upload,
    private readonly maxBytes: number,
  ) {
    super();
  }

  static of(upload: Upload, maxBytes: number): LimitedBody {
    const declared = Number(upload.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) throw LimitExceeded.uploadTooLarge(maxBytes);
    const body = new LimitedBody(upload, maxBytes);
    upload.on('error', (error) => body.destroy(error));
    return upload.pipe(body);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen <= this.maxBytes) return done(null, chunk);
    this.exceeded = LimitExceeded.uploadTooLarge(this.maxBytes);
    // The rest is read and dropped, so the client gets its answer rather than a stalled socket.
    this.upload.unpipe(this);
    this.upload.resume();
    done(this.exceeded);
  }
}
