import type { Actor } from './actor.js';

interface Entry {
  actor: Actor;
  keyId: string;
  expiresAt: number;
}

/**
 * Keys verified in the last `ttlMs`, so a client sending many requests pays for scrypt once a
 * minute rather than on every request. Only successes are cached: a failure is always checked
 * again. The price is that a key revoked by another process keeps working here until its entry
 * expires (at most `ttlMs`); a revocation in this process evicts it at once.
 */
export class VerifiedKeyCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  get(digest: string): Actor | undefined {
    const entry = this.entries.get(digest);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(digest);
      return undefined;
    }
    return copy(entry.actor);
  }

  set(digest: string, keyId: string, actor: Actor): void {
    if (this.ttlMs <= 0) return;
    this.entries.delete(digest);
    // Maps iterate in insertion order: the first entry is the oldest.
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(digest, { actor: copy(actor), keyId, expiresAt: this.now() + this.ttlMs });
  }

  evictKey(keyId: string): void {
    for (const [digest, entry] of this.entries) if (entry.keyId === keyId) this.entries.delete(digest);
  }

  clear(): void {
    this.entries.clear();
  }
}

function copy(actor: Actor): Actor {
  return { ...actor, villages: [...actor.villages] };
}
