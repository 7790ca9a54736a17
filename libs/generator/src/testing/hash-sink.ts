import { createHash, type Hash } from 'node:crypto';
import type { OutputSink } from '../output/generated-files.js';

/** Keeps a SHA-256 of each file instead of the file, and whole files when asked to. */
export class HashSink implements OutputSink {
  private readonly hashes = new Map<string, Hash>();
  readonly kept = new Map<string, string>();

  constructor(private readonly keep: readonly string[] = []) {}

  write(file: string, text: string): void {
    const hash = this.hashes.get(file) ?? createHash('sha256');
    this.hashes.set(file, hash.update(text));
    if (this.keep.includes(file)) this.kept.set(file, (this.kept.get(file) ?? '') + text);
  }

  digests(): Record<string, string> {
    return Object.fromEntries([...this.hashes].map(([file, hash]) => [file, hash.copy().digest('hex')]));
  }
}
