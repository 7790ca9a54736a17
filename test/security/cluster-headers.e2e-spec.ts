import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { reliabilityMode } from '@saksi/testing';
import { CLUSTER_APPS, type ClusterApp, SaksiCluster } from '../support/saksi-cluster.js';
import { send } from './support/authz-http.js';
import { securityHeaderProblems } from './support/security-headers.js';

/**
 * Each cluster app sets up its HTTP edge on its own (apps/*\/src/main.ts calls configureHttp, the
 * relay serves /health and /metrics from the plain ops server), so each is asked as it runs.
 */
/**
 * A cluster takes 40 s to start on two cores, so CI (quick) leaves this to the full run: there,
 * http-edge.e2e-spec.ts proves the same edge in process (configureHttp, and the ops server itself).
 */
const inFullRuns = reliabilityMode() === 'full' ? describe : describe.skip;

inFullRuns('security headers on every cluster app, as `npm run cluster` starts them', () => {
  let cluster: SaksiCluster;

  beforeAll(async () => {
    cluster = await SaksiCluster.start({ label: 'headers' });
  }, 300_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  it.each(CLUSTER_APPS.map((app) => [app]))(
    '%s answers with them, on its health, its metrics and an unknown address',
    async (app: ClusterApp) => {
      for (const path of ['/health', '/metrics', '/nowhere']) {
        const answer = await send(cluster.url(app), 'GET', { path });
        expect({
          app,
          path,
          status: answer.status < 500,
          problems: securityHeaderProblems(answer.headers),
        }).toEqual({
          app,
          path,
          status: true,
          problems: [],
        });
      }
    },
  );
});
