import type { AlertCandidate } from '../alert-candidate.js';
import { InMemoryFactStore } from '../in-memory-fact.store.js';
import { observe } from '../observe.js';
import type { SentinelConfig } from '../sentinel-config.js';
import type { SentinelEvent } from '../sentinel-event.js';
import { CONFIG } from './fixtures.js';

/** Observes each event once, in the order given, as the exactly-once caller would. */
export async function observeAll(
  events: readonly SentinelEvent[],
  config: SentinelConfig = CONFIG,
  facts = new InMemoryFactStore(),
): Promise<{ alerts: AlertCandidate[]; facts: InMemoryFactStore }> {
  const alerts: AlertCandidate[] = [];
  for (const event of events) alerts.push(...(await observe(event, facts, config)));
  return { alerts, facts };
}

export const ofRule = (alerts: readonly AlertCandidate[], code: string) =>
  alerts.filter((alert) => alert.ruleCode === code);

/**
 * A delivery order Kafka could produce: each stream's events keep their order, streams interleave
 * as `random` (0 ≤ x < 1) picks.
 */
export function interleave(events: readonly SentinelEvent[], random: () => number): SentinelEvent[] {
  const queues = new Map<string, SentinelEvent[]>();
  for (const event of events) queues.set(event.streamId, [...(queues.get(event.streamId) ?? []), event]);
  const order: SentinelEvent[] = [];
  while (queues.size > 0) {
    const streams = [...queues.keys()];
    const stream = streams[Math.floor(random() * streams.length)]!;
    const queue = queues.get(stream)!;
    order.push(queue.shift()!);
    if (queue.length === 0) queues.delete(stream);
  }
  return order;
}
