import type { LogHead, RecordedEvent } from '../event.js';
import { chainHash, GENESIS_HASH } from '../hash-chain.js';

export type VerificationProblem =
  'missing-position' | 'unexpected-position' | 'hash-mismatch' | 'anchor-mismatch' | 'log-too-short';

export type VerificationResult =
  | { ok: true; head: LogHead; checked: number }
  | { ok: false; position: number; problem: VerificationProblem; message: string; checked: number };

/**
 * Recomputes the chain event by event. The chain alone shows any change to history that was not
 * followed by recomputing every later hash; `anchors` (heads published earlier, e.g. on a public
 * page) also catch a rewrite that was recomputed, or events cut off the end.
 */
export class ChainVerifier {
  private expected = 1;
  private previousHash = GENESIS_HASH;
  private failure: Extract<VerificationResult, { ok: false }> | undefined;
  private readonly anchors: Map<number, string>;

  constructor(anchors: LogHead[] = []) {
    this.anchors = new Map(anchors.map((anchor) => [anchor.position, anchor.hash.toLowerCase()]));
  }

  get failed(): boolean {
    return this.failure !== undefined;
  }

  /** Feeds the next events in position order; stops taking events after the first problem. */
  feed(events: RecordedEvent[]): void {
    for (const event of events) {
      if (this.failure) return;
      this.check(event);
    }
  }

  finish(): VerificationResult {
    if (this.failure) return this.failure;
    const head = { position: this.expected - 1, hash: this.previousHash };
    const beyond = [...this.anchors.keys()].filter((position) => position > head.position);
    if (beyond.length > 0) {
      const position = Math.min(...beyond);
      return this.fail(
        position,
        'log-too-short',
        `The log ends at position ${head.position}, but a head at position ${position} was published: events were removed from the end.`,
      );
    }
    return { ok: true, head, checked: head.position };
  }

  private check(event: RecordedEvent): void {
    if (event.position !== this.expected) {
      if (event.position > this.expected) {
        this.fail(
          this.expected,
          'missing-position',
          `Position ${this.expected} is missing: the next stored event is at position ${event.position}.`,
        );
      } else {
        this.fail(
          event.position,
          'unexpected-position',
          `Position ${event.position} appears again after position ${this.expected - 1}.`,
        );
      }
      return;
    }
    const { hash, ...unhashed } = event;
    const recomputed = chainHash(this.previousHash, unhashed);
    if (recomputed !== hash) {
      this.fail(
        event.position,
        'hash-mismatch',
        `The event at position ${event.position} does not match its hash: it was changed, moved or replaced.`,
      );
      return;
    }
    const anchored = this.anchors.get(event.position);
    if (anchored !== undefined && anchored !== hash) {
      this.fail(
        event.position,
        'anchor-mismatch',
        `The published head at position ${event.position} had hash ${anchored}, but the log now has ${hash}: history up to that position was rewritten.`,
      );
      return;
    }
    this.previousHash = hash;
    this.expected++;
  }

  private fail(
    position: number,
    problem: VerificationProblem,
    message: string,
  ): Extract<VerificationResult, { ok: false }> {
    this.failure = { ok: false, position, problem, message, checked: this.expected - 1 };
    return this.failure;
  }
}
