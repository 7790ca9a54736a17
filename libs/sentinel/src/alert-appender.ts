import type { AlertCandidate } from '@saksi/anomalies';
import { catalogue } from '@saksi/events';
import type { PostgresEventStore } from '@saksi/event-store';
import type { EntityManager } from 'typeorm';
import { alertIdFor } from './alert-id.js';

export const SENTINEL_ACTOR = 'sentinel';

/**
 * Records each new alert as `alert.raised` on its own stream, in the caller's transaction (with the
 * sentinel's facts), under an id derived from its key: an alert already in the log (raised before a
 * rebuild of the facts, say) is left alone, so an anomaly is raised once, whatever is replayed.
 */
export async function raiseAlerts(
  store: PostgresEventStore,
  manager: EntityManager,
  candidates: AlertCandidate[],
  cause: { eventId?: string; at: Date; configVersion: string },
): Promise<string[]> {
  const raised: string[] = [];
  for (const candidate of candidates) {
    const alertId = alertIdFor(candidate.alertKey);
    const [exists] = await manager.query<unknown[]>('select 1 from event_log where event_id = $1', [alertId]);
    if (exists) continue;
    const event = catalogue.validate({
      type: 'alert.raised',
      data: {
        alertId,
        ruleCode: candidate.ruleCode,
        severity: candidate.severity,
        alertKey: candidate.alertKey,
        villageCode: candidate.villageCode,
        programmeId: candidate.programmeId,
        subject: candidate.subject,
        evidence: candidate.evidence,
        details: candidate.details,
        configVersion: cause.configVersion,
      },
    });
    await store.appendWithin(
      manager,
      `alert-${alertId}`,
      [
        {
          eventId: alertId,
          type: event.type,
          schemaVersion: catalogue.currentVersion(event.type),
          data: event.data,
          metadata: {
            actor: SENTINEL_ACTOR,
            source: 'saksi-sentinel',
            ...(cause.eventId ? { causationId: cause.eventId } : {}),
          },
          occurredAt: cause.at,
        },
      ],
      'no-stream',
    );
    raised.push(alertId);
  }
  return raised;
}
