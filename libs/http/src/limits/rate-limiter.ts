/**
 * At most `limit` actions per key within a sliding window, in this process's memory: a cluster of
 * n processes allows n times as many (said so in the README). The clock comes in as an argument.
 * A key's times are kept in the order they were taken, so expiring the old ones costs nothing per
 * request, even with a limit of thousands.
 */
export class RateLimiter {
  private readonly recent = new Map<string, { times: number[]; first: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    /** Keys remembered at once; the longest-quiet ones make room. */
    private readonly maxKeys = 10_000,
  ) {}

  /** Counts one action for `key` and says whether it is allowed. A refused action is not counted. */
  take(key: string, now: number): boolean {
    const entry = this.current(key, now);
    if (entry.times.length - entry.first >= this.limit) return false;
    entry.times.push(now);
    // Deleting first moves the key to the end of the map's order: the first key is the longest quiet.
    this.recent.delete(key);
    this.recent.set(key, entry);
    if (this.recent.size > this.maxKeys) this.recent.delete(this.recent.keys().next().value!);
    return true;
  }

  /** Milliseconds until `key` may act again: 0 when it may now. */
  retryAfterMs(key: string, now: number): number {
    const entry = this.current(key, now);
    const count = entry.times.length - entry.first;
    if (count < this.limit) return 0;
    // The oldest time that must leave the window before one more action fits.
    return entry.times[entry.first + count - this.limit]! + this.windowMs - now;
  }

  private current(key: string, now: number): { times: number[]; first: number } {
    const entry = this.recent.get(key) ?? { times: [], first: 0 };
    while (entry.first < entry.times.length && now - entry.times[entry.first]! >= this.windowMs)
      entry.first++;
    // Drop the expired head once it is most of the array, so memory follows the live count.
    if (entry.first > 64 && entry.first * 2 > entry.times.length) {
      entry.times = entry.times.slice(entry.first);
      entry.first = 0;
    }
    return entry;
  }
}
