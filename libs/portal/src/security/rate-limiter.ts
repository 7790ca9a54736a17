/**
 * At most `limit` actions per key within a sliding window, in this process's memory: enough for one
 * portal, and a cluster of them multiplies the limit by their number (said so in the README). The
 * clock comes in as an argument.
 */
export class RateLimiter {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    /** Keys remembered at once; the longest-quiet ones make room. */
    private readonly maxKeys = 10_000,
  ) {}

  /** Counts one action for `key` and says whether it is allowed. A refused action is not counted. */
  take(key: string, now: number): boolean {
    const times = (this.recent.get(key) ?? []).filter((time) => now - time < this.windowMs);
    if (times.length >= this.limit) {
      this.recent.set(key, times);
      return false;
    }
    times.push(now);
    // Deleting first moves the key to the end of the map's order: the first key is the longest quiet.
    this.recent.delete(key);
    this.recent.set(key, times);
    if (this.recent.size > this.maxKeys) this.recent.delete(this.recent.keys().next().value!);
    return true;
  }
}
