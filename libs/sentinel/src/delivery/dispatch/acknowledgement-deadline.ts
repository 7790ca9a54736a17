import type { AlertSeverity, DeliveryConfig } from '../delivery.config.js';

/**
 * How long until an alert raised (or escalated) at `since` must be passed one level up. Counted
 * from when the log recorded it, not from when the dispatcher saw it, so a dispatcher that catches up
 * after an outage does not give inspectors extra time; a deadline already past is due at once.
 */
export function escalationDelayMs(
  config: DeliveryConfig,
  severity: AlertSeverity,
  since: Date,
  now: Date = new Date(),
): number {
  return Math.max(0, since.getTime() + config.acknowledgeWithinMs[severity] - now.getTime());
}

/** The escalation's reason, in both languages: "not acknowledged within 4 hours / tidak diterima dalam 4 jam". */
export function escalationReason(config: DeliveryConfig, severity: AlertSeverity): string {
  const ms = config.acknowledgeWithinMs[severity];
  const [amount, en, id] =
    ms >= 3_600_000
      ? [ms / 3_600_000, 'hours', 'jam']
      : ms >= 60_000
        ? [ms / 60_000, 'minutes', 'menit']
        : [ms / 1000, 'seconds', 'detik'];
  const n = Number(amount.toFixed(2));
  return `not acknowledged within ${n} ${en} / tidak diterima dalam ${n} ${id}`;
}
