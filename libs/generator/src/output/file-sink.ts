import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import type { OutputSink } from './generated-files.js';

/** Writes each output file into a folder as it comes, waiting whenever the disk falls behind. */
export class FileSink implements OutputSink {
  private readonly streams = new Map<string, WriteStream>();
  /** Bytes written, by file. */
  readonly bytes = new Map<string, number>();

  private constructor(readonly folder: string) {}

  static async open(folder: string): Promise<FileSink> {
    await mkdir(folder, { recursive: true });
    return new FileSink(folder);
  }

  async write(file: string, text: string): Promise<void> {
    let stream = this.streams.get(file);
    if (!stream) {
      stream = createWriteStream(join(this.folder, file));
      this.streams.set(file, stream);
    }
    this.bytes.set(file, (this.bytes.get(file) ?? 0) + Buffer.byteLength(text));
    if (!stream.write(text)) await once(stream, 'drain');
  }

  async close(): Promise<void> {
    await Promise.all(
      [...this.streams.values()].map(
        (stream) =>
          new Promise<void>((resolve, reject) => {
            stream.once('error', reject);
            stream.end(resolve);
          }),
      ),
    );
  }
}
