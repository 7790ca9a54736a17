import { randomUUID } from 'node:crypto';
import { type AlertRaised, catalogue } from '@saksi/events';
import type { EventStore } from '@saksi/event-store';
import { SENTINEL_ACTOR } from '../../alert-appender.js';

/** Records an alert as the sentinel does: alert.raised on `alert-<id>`, its event id the alert's id. */
export async function raiseTestAlert(
  store: Pick<EventStore, 'append'>,
  villageCode: string | null,
  severity: AlertRaised['data']['severity'],
): Promise<string> {
  const alertId = randomUUID();
  const event = catalogue.validate({
    type: 'alert.raised',
    data: {
      alertId,
      ruleCode: 'PAYMENT.NOT_APPROVED',
      severity,
      alertKey: `PAYMENT.NOT_APPROVED:${alertId}`,
      villageCode,
      programmeId: 'blt-2024',
      subject: 'kpm kpm-1',
      evidence: [3, 9],
      details: { period: '2024-03' },
      configVersion: 'test',
    },
  });
  await store.append(
    `alert-${alertId}`,
    [
      {
        eventId: alertId,
        type: event.type,
        schemaVersion: catalogue.currentVersion(event.type),
        data: event.data,
        metadata: { actor: SENTINEL_ACTOR, source: 'saksi-sentinel' },
        occurredAt: new Date(),
      },
    ],
    'no-stream',
  );
  return alertId;
}

/** An inspector takes the alert in hand. */
export async function acknowledgeTestAlert(
  store: Pick<EventStore, 'append'>,
  alertId: string,
): Promise<void> {
  const event = catalogue.validate({ type: 'alert.acknowledged', data: { alertId } });
  await store.append(
    `alert-${alertId}`,
    [
      {
        type: event.type,
        schemaVersion: catalogue.currentVersion(event.type),
        data: event.data,
        metadata: { actor: 'inspector-test', source: 'test' },
        occurredAt: new Date(),
      },
    ],
    1,
  );
}
