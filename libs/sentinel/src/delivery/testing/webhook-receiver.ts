import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '../channels/webhook-signature.js';

export interface WebhookCall {
  path: string;
  status: number;
  alertId: string;
  level: number;
  body: Record<string, unknown>;
  /** The signature checked as a receiver would, with the subscription's secret. */
  verified: boolean;
  deliveryId: string;
}

export interface WebhookReceiver {
  url(path: string): string;
  calls: WebhookCall[];
  /** Answers 500 to the next `times` calls about the alert (or to all of them). */
  failFor(alertId: string, times: number | 'always'): void;
  heal(alertId: string): void;
  close(): Promise<void>;
}

/** A webhook receiver on a free port, checking each call's HMAC against the given secret. */
export async function startWebhookReceiver(secret: string): Promise<WebhookReceiver> {
  const calls: WebhookCall[] = [];
  const failures = new Map<string, number>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const body = JSON.parse(raw) as Record<string, unknown>;
      const alertId = String(body['alertId']);
      const left = failures.get(alertId) ?? 0;
      const status = left > 0 ? 500 : 204;
      if (left > 0) failures.set(alertId, left - 1);
      calls.push({
        path: request.url ?? '',
        status,
        alertId,
        level: Number(body['level']),
        body,
        verified: verifyWebhook(
          secret,
          String(request.headers['x-saksi-timestamp']),
          raw,
          String(request.headers['x-saksi-signature']),
        ),
        deliveryId: String(request.headers['x-saksi-delivery']),
      });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    calls,
    failFor: (alertId, times) => failures.set(alertId, times === 'always' ? Number.POSITIVE_INFINITY : times),
    heal: (alertId) => failures.delete(alertId),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
