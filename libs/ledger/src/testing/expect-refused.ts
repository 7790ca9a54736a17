import { expect } from '@jest/globals';
import type { LogReader } from '@saksi/event-store';

/** What a test's HTTP call gave back: enough to judge a problem document. */
export interface CallAnswer {
  status: number;
  type: string;
  body: any;
}

/**
 * A refused request answers a problem document with its code and a sentence in both languages
 * (and, given `fieldCode`, names that error among its field errors), and the log does not move.
 */
export async function expectRefused<A extends CallAnswer>(
  log: LogReader,
  attempt: () => Promise<A>,
  status: number,
  code: string,
  fieldCode?: string,
): Promise<A> {
  const before = await log.head();
  const answer = await attempt();
  expect(answer.type).toContain('application/problem+json');
  expect({ status: answer.status, code: answer.body.code }).toEqual({ status, code });
  expect(answer.body.message.id.length).toBeGreaterThan(10);
  expect(answer.body.message.en.length).toBeGreaterThan(10);
  if (fieldCode) expect(answer.body.errors.map((e: { code: string }) => e.code)).toContain(fieldCode);
  expect(await log.head()).toEqual(before);
  return answer;
}
