import type { AlertCandidate } from './alert-candidate.js';
import type { FactStore } from './fact-store.port.js';
import { keepFirstRaised } from './first-raised.js';
import type { Rule } from './rule.js';
import { RULES } from './rules/index.js';
import type { SentinelConfig } from './sentinel-config.js';
import type { SentinelEvent } from './sentinel-event.js';
import { recordFacts } from './sentinel-facts.js';

/**
 * Judges one event, in three steps whose order matters:
 * 1. rules with `when: 'before'` see the facts as they were before this event (the KPM's status when
 *    it was paid, the registrations of a NIK known before this one);
 * 2. the event's facts are recorded;
 * 3. rules with `when: 'after'` see the facts including it (totals, counts, a programme's rules that
 *    just arrived, a correction just applied).
 * Rules run one after another: a PostgreSQL FactStore runs on the transaction's single connection.
 * Returns each alert key once per FactStore (see first-raised.ts). The caller observes each event
 * exactly once (an event recorded twice would count twice in the totals), in one transaction with
 * the FactStore's writes and the returned alerts.
 */
export async function observe(
  event: SentinelEvent,
  facts: FactStore,
  config: SentinelConfig,
  rules: readonly Rule[] = RULES,
): Promise<AlertCandidate[]> {
  const watching = rules.filter((rule) => rule.watches.includes(event.type));
  const found: AlertCandidate[] = [];
  for (const rule of watching.filter((candidate) => candidate.when === 'before'))
    found.push(...(await rule.evaluate(event, facts, config)));
  await recordFacts(event, facts);
  for (const rule of watching.filter((candidate) => candidate.when === 'after'))
    found.push(...(await rule.evaluate(event, facts, config)));
  return keepFirstRaised(found, facts, config, event.position);
}
