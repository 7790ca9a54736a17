import { DeliveryError } from '../delivery.errors.js';
import type { AlertNotice } from './alert-notice.js';
import type { WebhookSender } from './alert-senders.port.js';
import { SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from './webhook-signature.js';

export const DELIVERY_ID_HEADER = 'x-saksi-delivery';

/** A receiver that hangs must not hold a worker slot for ever; the retry comes later. */
const TIMEOUT_MS = 10_000;

export class HttpWebhookSender implements WebhookSender {
  async post(url: string, secret: string, notice: AlertNotice, deliveryId: string): Promise<void> {
    const body = JSON.stringify(notice);
    const timestamp = String(Math.floor(Date.now() / 1000));
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
          [TIMESTAMP_HEADER]: timestamp,
          [DELIVERY_ID_HEADER]: deliveryId,
        },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw DeliveryError.refused('webhook', `${url} did not answer (${(error as Error).message})`);
    }
    // Drain the body so the connection is released to the pool.
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok) throw DeliveryError.refused('webhook', `${url} answered ${response.status}`);
  }
}
