import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '@saksi/sentinel';

/**
 * The inspectorate's webhook: it takes its time to answer (as a real one over a slow link does), so
 * deliveries are under way when the sentinel is killed, and it can be made unavailable for a while,
 * so deliveries wait in Redis for their retry when Redis crashes. It counts each alert it took.
 */
export class SlowWebhook {
  /** Alert id → calls it took (answered 204, or cut off by the sender's crash on the way). */
  readonly calls = new Map<string, number>();
  /** Calls received and not answered yet. */
  open = 0;
  /** Calls whose signature did not check out: refused, not counted. */
  refused = 0;
  /** Calls answered 503 while unavailable: not counted, the sender must try again. */
  turnedAway = 0;
  unavailable = false;
  private readonly server: Server;

  private constructor(
    private readonly secret: string,
    private readonly answerAfterMs: () => number,
  ) {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const signed = verifyWebhook(
          this.secret,
          String(request.headers['x-saksi-timestamp']),
          raw,
          String(request.headers['x-saksi-signature']),
        );
        if (!signed) {
          this.refused++;
          response.writeHead(401).end();
          return;
        }
        if (this.unavailable) {
          this.turnedAway++;
          response.writeHead(503).end();
          return;
        }
        const alertId = String((JSON.parse(raw) as { alertId: unknown }).alertId);
        this.calls.set(alertId, (this.calls.get(alertId) ?? 0) + 1);
        this.open++;
        setTimeout(() => {
          this.open--;
          response.writeHead(204).end();
        }, this.answerAfterMs());
      });
    });
  }

  static async start(secret: string, answerAfterMs: () => number): Promise<SlowWebhook> {
    const webhook = new SlowWebhook(secret, answerAfterMs);
    await new Promise<void>((resolve) => webhook.server.listen(0, '127.0.0.1', resolve));
    return webhook;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/saksi/alerts`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}
