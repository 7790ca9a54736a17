/** p50 and p99 of a list of milliseconds (nearest rank). */
export function percentiles(millis: number[]): { p50: number; p99: number; count: number } {
  const sorted = [...millis].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return { p50: rank(50), p99: rank(99), count: sorted.length };
}
