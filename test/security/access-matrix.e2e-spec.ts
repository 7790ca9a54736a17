import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { recordFigures } from '@saksi/testing';
import {
  ACCESS_MATRIX,
  type MatrixCase,
  type MatrixRoute,
  routeKey,
  type SampleContext,
} from './access-matrix.js';
import { type AuthzApp, type MatrixRole, ROLES, startAuthzApp } from './support/authz-app.js';
import { type Answer, send } from './support/authz-http.js';
import { expectedRefusal, isRefusal, refusalMismatch } from './support/matrix-verdicts.js';
import { type PortalSession, portalFormToken, portalSessions } from './support/portal-sessions.js';
import { registeredRoutes } from './support/registered-routes.js';
import { type MatrixFixtures, seedVillageA } from './support/village-a-seed.js';

interface Check {
  route: MatrixRoute;
  matrixCase: MatrixCase;
  role: MatrixRole;
}

const describeCheck = ({ route, matrixCase, role }: Check) =>
  `${role} → ${routeKey(route)}${matrixCase.label === route.path ? '' : ` (${matrixCase.label})`}`;

describe('the authorisation matrix: every route the embedded default serves, asked by every role', () => {
  let saksi: AuthzApp;
  let fx: MatrixFixtures;
  let sessions: Record<MatrixRole, PortalSession>;
  const checks: Check[] = ACCESS_MATRIX.flatMap((route) =>
    route.cases.flatMap((matrixCase) => ROLES.map((role) => ({ route, matrixCase, role }))),
  );
  const admitted = ({ matrixCase, role }: Check) =>
    matrixCase.allow.includes(role) || !!matrixCase.hidesVillageA?.includes(role);
  const denied = checks.filter((check) => !admitted(check));
  let refusedAsDefined = 0;
  let unchanged = 0;
  const allowed = checks.filter(admitted);

  beforeAll(async () => {
    // The matrix is about who, not how often: hundreds of its requests come from one address.
    saksi = await startAuthzApp('authz_matrix', {
      SAKSI_PUBLIC_RATE_LIMIT: '0',
      SAKSI_FAILED_KEY_LIMIT: '0',
    });
    fx = await seedVillageA(saksi);
    sessions = await portalSessions(saksi);
  }, 300_000);

  afterAll(async () => {
    await saksi?.close();
  });

  async function ask({ route, matrixCase, role }: Check): Promise<{ answer: Answer; path: string }> {
    const key = role === 'citizen' ? undefined : saksi.keys[role];
    const context: SampleContext = {
      role,
      fx,
      own: fx.roles[role],
      key,
      csrf: sessions[role].csrf,
      formToken: (purpose) => portalFormToken(saksi, purpose),
    };
    const request = matrixCase.request(context);
    // The API takes a key in the Authorization header, the signed-in pages in the session cookie.
    const credentials =
      route.surface === 'page'
        ? { cookie: sessions[role].cookie }
        : route.surface === 'api'
          ? { bearer: key }
          : { bearer: key, cookie: sessions[role].cookie };
    return { answer: await send(saksi.baseUrl, route.method, request, credentials), path: request.path };
  }

  /** What a refused request must leave as it was: the log, and the tables the admin API writes. */
  async function state(): Promise<string> {
    const [subscriptions] = await saksi.dataSource.query<{ ids: string | null }[]>(
      "select string_agg(id::text, ',' order by id) as ids from alert_subscription",
    );
    return `${await saksi.head()} | ${subscriptions?.ids ?? ''}`;
  }

  it('has one row for every route the app registered, and no row for a route it did not', () => {
    const registered = new Set(registeredRoutes(saksi.app));
    const table = new Set(ACCESS_MATRIX.map(routeKey));
    expect(ACCESS_MATRIX.length).toBe(table.size);
    expect({
      withoutRow: [...registered].filter((key) => !table.has(key)),
      withoutRoute: [...table].filter((key) => !registered.has(key)),
    }).toEqual({ withoutRow: [], withoutRoute: [] });
  });

  it('refuses every role the table does not allow, precisely, and the refused request changes nothing', async () => {
    await saksi.settled();
    const mismatches: string[] = [];
    for (const check of denied) {
      const before = await state();
      const { answer, path } = await ask(check);
      const wrong = refusalMismatch(answer, expectedRefusal(check.route, check.matrixCase, check.role), path);
      if (wrong) mismatches.push(`${describeCheck(check)}: ${wrong}`);
      else refusedAsDefined++;
      const after = await state();
      if (after !== before)
        mismatches.push(`${describeCheck(check)}: refused, yet the state moved from ${before} to ${after}`);
      else unchanged++;
    }
    expect(mismatches).toEqual([]);
  });

  it('serves every role the table allows, and hides village A from village B where a read is scoped', async () => {
    const mismatches: string[] = [];
    const tally = { success: 0, redirect: 0, declared: 0, hidden: 0 };
    for (const check of allowed) {
      const { answer } = await ask(check);
      const declared = check.matrixCase.answers;
      if (isRefusal(answer))
        mismatches.push(
          `${describeCheck(check)}: allowed, but refused with ${answer.status} ${answer.text.slice(0, 160)}`,
        );
      else if (declared && answer.status === declared.status) tally.declared++;
      // Samples are valid requests: an allowed check answered 4xx for its own reasons would hide a bug.
      else if (answer.status >= 400)
        mismatches.push(
          `${describeCheck(check)}: allowed, but ${answer.status} ${answer.text.slice(0, 200)}`,
        );
      else if (answer.status >= 300) tally.redirect++;
      else tally.success++;
      if (check.matrixCase.hidesVillageA?.includes(check.role)) {
        const rows = (answer.json as { rows?: { village_code?: string }[] } | undefined)?.rows;
        if (!Array.isArray(rows) || rows.some((row) => row.village_code === fx.villageA))
          mismatches.push(
            `${describeCheck(check)}: village A's rows were not hidden: ${answer.text.slice(0, 160)}`,
          );
        else tally.hidden++;
      }
    }
    expect(mismatches).toEqual([]);
    recordFigures('authorisation', {
      routes: ACCESS_MATRIX.length,
      cases: ACCESS_MATRIX.reduce((sum, route) => sum + route.cases.length, 0),
      roles: ROLES.length,
      checks: checks.length,
      allowed: allowed.length,
      'allowed answered 2xx': tally.success,
      'allowed answered 3xx (form posts and their redirects)': tally.redirect,
      'allowed, village A hidden from village B': tally.hidden,
      'allowed, answered the status the table declares (404 of /api/docs/LICENSE)': tally.declared,
      denied: denied.length,
      'denied exactly as the table defines (401/403 problem, login redirect, 401/403 page)': refusedAsDefined,
      'denied without a change to the log or the subscriptions': unchanged,
    });
  });
});
