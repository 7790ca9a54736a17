import { Inject, Injectable, Optional } from '@nestjs/common';
import { type EdgeLimits, LimitExceeded, RateLimiter } from '@saksi/http';
import type { Actor } from '../actor.js';
import { AccessKeyService } from '../access-key.service.js';

export const EDGE_LIMITS = Symbol('EdgeLimits');
/** Milliseconds now; tests hand in their own clock. */
export const LIMITS_CLOCK = Symbol('LimitsClock');

/**
 * The limits on requests by client address, in this process's memory: requests without an accepted
 * key (the public limit), and refused keys, whether sent to the API or pasted into the portal's
 * login. A refused key is worth limiting on its own: checking a key with a known id runs scrypt,
 * 50 ms of CPU, so guessing is a way to make the server busy.
 */
@Injectable()
export class RequestLimits {
  private readonly anonymous: RateLimiter | undefined;
  private readonly failures: RateLimiter | undefined;
  private readonly now: () => number;

  constructor(
    @Inject(AccessKeyService) private readonly keys: AccessKeyService,
    @Inject(EDGE_LIMITS) limits: EdgeLimits,
    @Optional() @Inject(LIMITS_CLOCK) now?: () => number,
  ) {
    const { publicRequests, failedKeys } = limits;
    this.anonymous =
      publicRequests.limit > 0 ? new RateLimiter(publicRequests.limit, publicRequests.windowMs) : undefined;
    this.failures = failedKeys.limit > 0 ? new RateLimiter(failedKeys.limit, failedKeys.windowMs) : undefined;
    this.now = now ?? Date.now;
  }

  /**
   * The actor behind a key, or undefined for a refused one (counted against the address). An
   * address over its limit gets a LimitExceeded instead, without the key being checked, unless this
   * process verified the key lately: someone else's failures from a shared office address must not
   * lock out a colleague whose key is known good.
   */
  async authenticate(key: string, address: string): Promise<Actor | undefined> {
    const wait = this.failures?.retryAfterMs(address, this.now()) ?? 0;
    if (wait > 0) {
      const known = this.keys.verifiedBefore(key);
      if (known) return known;
      throw LimitExceeded.failedKeys(wait);
    }
    const actor = await this.keys.authenticate(key);
    if (!actor) this.keyRefused(address);
    return actor;
  }

  /** Whether the address may have a key checked now (for callers that would rather not throw). */
  mayTryKey(key: string, address: string): boolean {
    return (this.failures?.retryAfterMs(address, this.now()) ?? 0) === 0 || !!this.keys.verifiedBefore(key);
  }

  /** A key refused before it reached authenticate() (a malformed Authorization header). */
  keyRefused(address: string): void {
    this.failures?.take(address, this.now());
  }

  /** When the address has used up its refused keys: a LimitExceeded to answer with. */
  assertMayTryKeys(address: string): void {
    const wait = this.failures?.retryAfterMs(address, this.now()) ?? 0;
    if (wait > 0) throw LimitExceeded.failedKeys(wait);
  }

  /** Counts a request without an accepted key; a LimitExceeded when the address is over its limit. */
  countAnonymous(address: string): void {
    if (!this.anonymous) return;
    const now = this.now();
    if (!this.anonymous.take(address, now))
      throw LimitExceeded.publicRequests(this.anonymous.retryAfterMs(address, now));
  }
}
