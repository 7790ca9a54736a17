import type { alertSeverity } from '@saksi/events';
import type { z } from 'zod';

export type AlertSeverity = z.infer<typeof alertSeverity>;

export interface DeliveryConfig {
  /** How long an alert may stay unacknowledged at a level before it is passed one level up. */
  acknowledgeWithinMs: Record<AlertSeverity, number>;
  /** Where an inspector opens an alert: the alert's id is appended (`<base>/<alertId>`). */
  alertLinkBase: string;
  /** The sender of alert e-mails. */
  mailFrom: string;
}

const HOUR = 3_600_000;

export const DEFAULT_DELIVERY_CONFIG: DeliveryConfig = {
  acknowledgeWithinMs: { critical: 4 * HOUR, high: 24 * HOUR, medium: 72 * HOUR, low: 168 * HOUR },
  alertLinkBase: 'http://localhost:3000/alerts',
  mailFrom: 'Saksi <saksi@localhost>',
};
