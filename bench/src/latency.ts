/** p50 and p99 of a list of milliseconds (nearest rank). */
export function percentiles(millis: number[]): { p50: number; p99: number; count: number } {
  const sorted = [...millis].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return { p50: rank(50), p99: rank(99), count: sorted.length };
}

/**
 * Sends `count` commands at a steady `perSecond` rate (not as fast as possible: latency under a
 * steady load is what a village office sees) and measures each from sending to its effect.
 */
export async function steadyLatency(
  count: number,
  perSecond: number,
  send: (index: number) => Promise<number>,
  effect: (position: number) => Promise<void>,
): Promise<number[]> {
  const latencies: Promise<number>[] = [];
  const start = performance.now();
  for (let index = 0; index < count; index++) {
    const due = start + (index * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sent = performance.now();
    latencies.push(
      send(index)
        .then(effect)
        .then(() => performance.now() - sent),
    );
  }
  return Promise.all(latencies);
}
