import { afterAll, describe, expect, it } from '@jest/globals';
import { recordFigures, reliabilityMode } from '@saksi/testing';
import fc from 'fast-check';
import { seedProgramme } from '../../libs/portal/src/testing/portal-test-app.js';
import { API_BASES } from './support/fuzz-api-bases.js';
import { draftsFor } from './support/fuzz-arbitrary.js';
import type { BaseFactory, BaseRequest } from './support/fuzz-base-request.js';
import { FuzzContext, HOLDERS } from './support/fuzz-context.js';
import { startFuzzApp } from './support/fuzz-app.js';
import { baseDraft } from './support/fuzz-draft.js';
import { sendRaw } from './support/fuzz-http.js';
import { PORTAL_BASES } from './support/fuzz-portal-bases.js';
import { holdsFor } from './support/fuzz-property.js';
import { writeRoutes } from './support/fuzz-routes.js';
import { FuzzTally } from './support/fuzz-tally.js';
import { settled } from './support/fuzz-writes.js';

const FULL = reliabilityMode() === 'full';
/** Inputs per endpoint: about a minute and a half for all of them in CI; at least 1,000 each by hand. */
const RUNS = Number(process.env['SAKSI_FUZZ_RUNS']) || (FULL ? 1_000 : 30);
/** A hang is caught by the property's own answers; this only bounds a run of many inputs. */
const TIMEOUT_MS = FULL ? 3_600_000 : 300_000;
/** "Far over the limit": what a runaway client sends. */
const FAR_OVER = FULL ? [2_500_000, 12_000_000] : [2_500_000];
/**
 * SAKSI_FUZZ_SEED (and SAKSI_FUZZ_PATH) replay the run fast-check printed with a failure;
 * SAKSI_FUZZ_RUNS and SAKSI_FUZZ_ROUTE (a part of the route, such as `findings`) narrow a search.
 */
const SEED = process.env['SAKSI_FUZZ_SEED'] ? Number(process.env['SAKSI_FUZZ_SEED']) : undefined;
const PATH = process.env['SAKSI_FUZZ_PATH'];

const BASES: Record<string, BaseFactory> = { ...API_BASES, ...PORTAL_BASES };

// The routes are read from the running app's router, so the app starts while the tests are listed.
const saksi = await startFuzzApp(HOLDERS);
await seedProgramme(saksi, saksi.keys['operator']!);
const context = new FuzzContext(saksi);
const routes = writeRoutes(saksi.app);
const fuzzed = routes.filter((route) => route.key.includes(process.env['SAKSI_FUZZ_ROUTE'] ?? ''));
const tally = new FuzzTally();
const started = Date.now();
let basesAccepted = 0;

/**
 * Issue 9: every write endpoint, fuzzed with malformed, oversized, deeply nested, wrongly encoded
 * and injection-laden input, answers a 4xx problem document (never a 5xx, never silence) and writes
 * nothing. The endpoints come from the router, so a new one is fuzzed without being listed here.
 */
describe('fuzzing every write endpoint', () => {
  afterAll(async () => {
    recordFigures(
      'fuzzing',
      tally.figures({
        inputsPerEndpoint: RUNS,
        baseRequestsAccepted: basesAccepted,
        seconds: Math.round((Date.now() - started) / 1000),
      }),
    );
    await saksi.close();
  });

  it('finds every write route the app serves, and has a valid request for each', () => {
    expect(routes.length).toBeGreaterThanOrEqual(30);
    expect(routes.filter((route) => !BASES[route.key]).map((route) => route.key)).toEqual([]);
    expect(Object.keys(BASES).filter((key) => !routes.some((route) => route.key === key))).toEqual([]);
  });

  it.each(fuzzed.map((route) => [route.key, route] as const))(
    '%s refuses what is broken with a 4xx and writes nothing',
    async (_, route) => {
      const factory = BASES[route.key];
      // A route without a base request still gets every envelope attack (the test above fails for it).
      const base: BaseRequest = factory
        ? await factory(context)
        : {
            params: Object.fromEntries((route.path.match(/:\w+/g) ?? []).map((name) => [name.slice(1), 'x'])),
            holder: 'admin',
          };
      // Preparing the base wrote records; the sentinel's alerts about them must land before judging.
      await settled(context);
      await fc.assert(
        fc.asyncProperty(
          draftsFor(base, {
            farBytes: FAR_OVER,
            adminMayCall: !route.policy.public && route.policy.roles.includes('admin'),
          }),
          (draft) => holdsFor(context, route, base, draft, tally),
        ),
        { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }), ...(PATH ? { path: PATH } : {}) },
      );
      if (!factory) return;
      // The base request itself, fresh, is accepted: the fuzz started from a request that gets through.
      const fresh = await factory(context);
      const answer = await sendRaw(saksi.baseUrl, baseDraft(fresh).toRequest(route, fresh, context));
      expect({
        route: route.key,
        status: answer.status,
        body: answer.status < 400 ? '' : answer.body,
      }).toMatchObject({
        status: expect.any(Number),
        body: '',
      });
      basesAccepted++;
    },
    TIMEOUT_MS,
  );
});
