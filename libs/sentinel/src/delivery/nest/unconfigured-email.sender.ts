import { DeliveryError } from '../delivery.errors.js';
import type { EmailSender } from '../channels/alert-senders.port.js';

/** Where no SMTP server is configured: each e-mail fails, and ends as a dead letter an admin sees. */
export class UnconfiguredEmailSender implements EmailSender {
  send(): Promise<void> {
    return Promise.reject(DeliveryError.refused('email', 'no SMTP server is configured (SMTP_URL)'));
  }

  close(): void {}
}
