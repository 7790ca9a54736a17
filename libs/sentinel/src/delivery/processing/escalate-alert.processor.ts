import { catalogue } from '@saksi/events';
import { type EventStore, StreamVersionConflict } from '@saksi/event-store';
import { alertDecider, fold } from '@saksi/programme';
import type { DataSource } from 'typeorm';
import { v5 as uuidv5 } from 'uuid';
import { SENTINEL_ACTOR } from '../../alert-appender.js';
import { escalationReason } from '../dispatch/acknowledgement-deadline.js';
import type { DeliveryConfig } from '../delivery.config.js';
import type { JobProcessor } from '../job-queue.port.js';
import { PostgresSubscriptionStore } from '../subscriptions/postgres-subscription.store.js';
import { subscriptionLevels } from '../subscriptions/subscription-levels.js';
import { alertHistory, alertStream } from './alert-history.js';

/** Saksi's namespace for the ids of automatic escalations (a random UUID, fixed forever). */
const ESCALATION_NAMESPACE = 'b8e0c1d2-6a47-4f0e-9d3b-2c5a7e91f064';

/** Someone acting on the alert at the same moment is rare; past this many, the job's retry takes over. */
const MAX_CONFLICTS = 5;

export interface EscalateAlertDeps {
  store: Pick<EventStore, 'append' | 'readStream' | 'eventsById'>;
  dataSource: DataSource;
  config: DeliveryConfig;
}

/**
 * The acknowledgement deadline at `level` has passed. If the alert is still open at that level (no
 * one acknowledged, dismissed, resolved or escalated it) and a wider group exists, the sentinel
 * records `alert.escalated` one level up; the dispatcher then delivers it there. Appended at the
 * stream's version: a conflict means someone acted meanwhile, so the stream is read and judged again.
 */
export function escalateAlertProcessor(deps: EscalateAlertDeps): JobProcessor<'escalate-alert'> {
  const subscriptions = new PostgresSubscriptionStore(deps.dataSource);
  return async ({ alertId, level }) => {
    for (let conflicts = 0; ; conflicts++) {
      const { events, version } = await alertHistory(deps.store, alertId);
      const state = fold(alertDecider, events);
      if (state.status !== 'open' || state.level !== level) return;
      const raised = events.find((event) => event.type === 'alert.raised');
      if (!raised) return;
      const levels = subscriptionLevels(await subscriptions.covering(state.villageCode), state.villageCode);
      if (levels.length <= level + 1) return;
      const [escalated] = alertDecider.decide(
        {
          kind: 'escalate-alert',
          data: { alertId, level: level + 1, reason: escalationReason(deps.config, raised.data.severity) },
        },
        state,
      );
      const event = catalogue.validate(escalated!);
      try {
        await deps.store.append(
          alertStream(alertId),
          [
            {
              // Derived, so a retry after a lost answer is recognised by the log instead of escalating twice.
              eventId: uuidv5(`${alertId}/escalated/${level + 1}`, ESCALATION_NAMESPACE),
              type: event.type,
              schemaVersion: catalogue.currentVersion(event.type),
              data: event.data,
              metadata: { actor: SENTINEL_ACTOR, source: 'saksi-sentinel', correlationId: alertId },
              occurredAt: new Date(),
            },
          ],
          version,
        );
        return;
      } catch (error) {
        if (!(error instanceof StreamVersionConflict) || conflicts >= MAX_CONFLICTS) throw error;
      }
    }
  };
}
