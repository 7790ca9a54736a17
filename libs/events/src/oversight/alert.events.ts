import { z } from 'zod';
import { defineEvent, type Event } from '../event.js';
import { entityId, longText, shortText, villageCode } from '../shared/fields.schema.js';

export const alertSeverity = z.enum(['low', 'medium', 'high', 'critical']);

/**
 * The sentinel found an anomaly. The alert's id is derived from `alertKey` (a UUIDv5), so the same
 * anomaly is raised once however often the events behind it are delivered or replayed.
 */
export const alertRaised = defineEvent(
  'alert.raised',
  1,
  z.strictObject({
    alertId: z.uuid(),
    ruleCode: z.string().regex(/^[A-Z0-9_]+(\.[A-Z0-9_]+)+$/),
    severity: alertSeverity,
    alertKey: z.string().min(1).max(500),
    villageCode: villageCode.nullable(),
    programmeId: entityId.nullable(),
    subject: shortText,
    /** Log positions of the events behind it. */
    evidence: z.array(z.int().positive()).max(1_000),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    /** The sentinel configuration's version the anomaly was judged under. */
    configVersion: z.string().min(1).max(50),
  }),
);

const triage = { alertId: z.uuid() };

export const alertAcknowledged = defineEvent(
  'alert.acknowledged',
  1,
  z.strictObject({ ...triage, note: shortText.optional() }),
);
/** Not an anomaly after all: the reason is part of the audit of the auditors. */
export const alertDismissed = defineEvent(
  'alert.dismissed',
  1,
  z.strictObject({ ...triage, reason: shortText }),
);
/** Passed to the next level (regency, province, nation): by an inspector, or when no one acknowledged it in time. */
export const alertEscalated = defineEvent(
  'alert.escalated',
  1,
  z.strictObject({ ...triage, level: z.int().min(1).max(10), reason: shortText }),
);
export const alertResolved = defineEvent(
  'alert.resolved',
  1,
  z.strictObject({ ...triage, resolution: longText }),
);

type Data<D extends { schema: z.ZodType }> = z.infer<D['schema']>;
export type AlertRaised = Event<'alert.raised', Data<typeof alertRaised>>;
export type AlertAcknowledged = Event<'alert.acknowledged', Data<typeof alertAcknowledged>>;
export type AlertDismissed = Event<'alert.dismissed', Data<typeof alertDismissed>>;
export type AlertEscalated = Event<'alert.escalated', Data<typeof alertEscalated>>;
export type AlertResolved = Event<'alert.resolved', Data<typeof alertResolved>>;
export type AlertEvent = AlertRaised | AlertAcknowledged | AlertDismissed | AlertEscalated | AlertResolved;
