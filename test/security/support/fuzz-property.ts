import { expect } from '@jest/globals';
import type { BaseRequest } from './fuzz-base-request.js';
import type { FuzzContext } from './fuzz-context.js';
import type { Draft } from './fuzz-draft.js';
import { type RawResponse, sendRaw } from './fuzz-http.js';
import { expectation } from './fuzz-oracle.js';
import type { WriteRoute } from './fuzz-routes.js';
import type { FuzzTally } from './fuzz-tally.js';
import { appendedSince, settled, type Written, written } from './fuzz-writes.js';

/**
 * The property, for one input: an answer always comes (never a dropped connection), never a 5xx;
 * a refusal is a 4xx problem document (or, from the portal's forms, an error page) and leaves the
 * log's head and the tables beside it as they were; and what the route's own schemas refuse is
 * never accepted.
 */
export async function holdsFor(
  context: FuzzContext,
  route: WriteRoute,
  base: BaseRequest,
  draft: Draft,
  tally: FuzzTally,
): Promise<void> {
  const expected = expectation(route, base, draft);
  const before = await written(context);
  let answer: RawResponse;
  try {
    answer = await sendRaw(context.saksi.baseUrl, draft.toRequest(route, base, context));
  } catch (error) {
    throw new Error(`${route.key}: no answer (${(error as Error).message})`, { cause: error });
  }
  tally.count(route.key, draft.family, answer.status, expected);
  expect({ route: route.key, status: answer.status, serverError: answer.status >= 500 }).toMatchObject({
    serverError: false,
  });
  if (answer.status < 400) {
    expect({ route: route.key, status: answer.status, expected }).toMatchObject({ expected: 'either' });
    await settled(context);
    return;
  }
  expectRefusal(route, answer);
  await expectNothingWritten(context, before, { route: route.key, status: answer.status });
}

/** The head and the side tables as they were; if not, the report names what was appended. */
export async function expectNothingWritten(
  context: FuzzContext,
  before: Written,
  about: Record<string, unknown>,
): Promise<void> {
  const after = await written(context);
  const appended = after.position === before.position ? [] : await appendedSince(context, before.position);
  expect({ ...about, written: after, appended }).toEqual({ ...about, written: before, appended: [] });
}

/** A problem document with a code and a sentence; the portal's forms may answer with a page instead. */
export function expectRefusal(route: WriteRoute, answer: RawResponse): void {
  const type = answer.headers['content-type'] ?? '';
  if (!route.api && type.startsWith('text/html')) {
    expect(answer.body).toMatch(/<main[\s>]/);
    return;
  }
  expect({ route: route.key, status: answer.status, contentType: type }).toMatchObject({
    contentType: expect.stringMatching(/^application\/problem\+json/),
  });
  const problem = JSON.parse(answer.body) as {
    code?: unknown;
    detail?: unknown;
    message?: { id?: unknown; en?: unknown };
  };
  expect(problem).toMatchObject({
    code: expect.stringMatching(/^[A-Z_]+(\.[A-Z0-9_]+)+$/),
    detail: expect.stringMatching(/\S/),
    message: { id: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/) },
  });
}
