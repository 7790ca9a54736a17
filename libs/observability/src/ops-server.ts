import { createServer, type Server } from 'node:http';
import { PLAIN_SECURITY_HEADERS } from '@saksi/http';
import type { SaksiMetrics } from './saksi-metrics.js';

export interface HealthReport {
  ready: boolean;
  [detail: string]: unknown;
}

/**
 * /health and /metrics for a process without an HTTP API of its own (the relay, consumers):
 * /health answers 200 only when the process's dependencies answer, 503 otherwise, so an
 * orchestrator's readiness probe sees the truth.
 */
export async function startOpsServer(
  port: number,
  host: string,
  health: () => Promise<HealthReport>,
  metrics: SaksiMetrics,
): Promise<Server> {
  const server = createServer((request, response) => {
    // The same protections every Nest app's answers carry (configureHttp).
    for (const [name, value] of Object.entries(PLAIN_SECURITY_HEADERS)) response.setHeader(name, value);
    void (async () => {
      if (request.method === 'GET' && request.url === '/health') {
        const report = await health().catch((error: unknown) => ({
          ready: false,
          error: error instanceof Error ? error.message : String(error),
        }));
        response
          .writeHead(report.ready ? 200 : 503, { 'content-type': 'application/json' })
          .end(JSON.stringify(report));
      } else if (request.method === 'GET' && request.url === '/metrics') {
        response.writeHead(200, { 'content-type': metrics.contentType }).end(await metrics.text());
      } else {
        response.writeHead(404, { 'content-type': 'application/json' }).end('{"code":"HTTP.NOT_FOUND"}');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return server;
}
