import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from '@jest/globals';
import { startOpsServer } from './ops-server.js';
import { SaksiMetrics } from './saksi-metrics.js';

describe('the ops server of a process without an API', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  const start = async (health: () => Promise<{ ready: boolean }>, metrics = new SaksiMetrics('test')) => {
    server = await startOpsServer(0, '127.0.0.1', health, metrics);
    return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  };

  it('answers 200 while its dependencies answer, and 503 with the reason when they do not', async () => {
    let up = true;
    const base = await start(() =>
      up ? Promise.resolve({ ready: true }) : Promise.reject(new Error('the database does not answer')),
    );
    expect((await fetch(`${base}/health`)).status).toBe(200);
    up = false;
    const down = await fetch(`${base}/health`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ ready: false, error: 'the database does not answer' });
  });

  it('serves Prometheus metrics with the counts it was given', async () => {
    const metrics = new SaksiMetrics('saksi-relay');
    metrics.eventsPublished.inc(42);
    const base = await start(() => Promise.resolve({ ready: true }), metrics);
    const response = await fetch(`${base}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(/saksi_events_published_total\{app="saksi-relay"\} 42/);
    expect(text).toContain('process_resident_memory_bytes');
  });
});
