import type { AlertEmail } from './alert-email.js';
import type { AlertNotice } from './alert-notice.js';

export const EMAIL_SENDER = Symbol('EmailSender');
export const WEBHOOK_SENDER = Symbol('WebhookSender');

/** Hands an e-mail to the mail server; rejects when it is not accepted (the job is retried). */
export interface EmailSender {
  send(to: string, email: AlertEmail): Promise<void>;
  close(): void;
}

/**
 * Posts the notice, signed with the subscription's secret; rejects on anything but a 2xx answer.
 * `deliveryId` is the same on every retry of one delivery, so a receiver can drop a repeat
 * (delivery is at least once).
 */
export interface WebhookSender {
  post(url: string, secret: string, notice: AlertNotice, deliveryId: string): Promise<void>;
}
