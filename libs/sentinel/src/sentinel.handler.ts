import { observe, type SentinelConfig } from '@saksi/anomalies';
import type { DeliveredEvent, EventHandler } from '@saksi/consumers';
import { catalogue } from '@saksi/events';
import type { PostgresEventStore } from '@saksi/event-store';
import type { EntityManager } from 'typeorm';
import { raiseAlerts } from './alert-appender.js';
import { PostgresFactStore } from './postgres/postgres-fact.store.js';

/** Events about the oversight itself: the sentinel does not judge its own alerts or who read what. */
const NOT_JUDGED = ['alert.', 'personal-data.'];

/**
 * The sentinel as a consumer: each event is observed by the anomaly rules, whose memory (facts)
 * and the alerts they raise are written in the consumer's transaction with its handled-event
 * record, so a redelivered event neither counts twice nor raises twice.
 */
export function sentinelHandler(
  store: PostgresEventStore,
  config: SentinelConfig,
  onRaised?: (alertIds: string[]) => void,
): EventHandler {
  return {
    name: 'sentinel',
    async handle(events: DeliveredEvent[], manager: EntityManager): Promise<void> {
      const facts = new PostgresFactStore(manager);
      const raised: string[] = [];
      for (const event of events) {
        if (NOT_JUDGED.some((prefix) => event.type.startsWith(prefix))) continue;
        const candidates = await observe({ ...event, data: catalogue.upcast(event).data }, facts, config);
        if (candidates.length > 0)
          raised.push(
            ...(await raiseAlerts(store, manager, candidates, {
              eventId: event.eventId,
              at: event.recordedAt,
              configVersion: config.version,
            })),
          );
      }
      await facts.flush();
      if (raised.length > 0) onRaised?.(raised);
    },
  };
}
