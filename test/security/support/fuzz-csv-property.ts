import { expect } from '@jest/globals';
import type { FuzzContext } from './fuzz-context.js';
import type { CsvCase, CsvDoc } from './fuzz-csv-files.js';
import { type CsvPools, rendered, resolved } from './fuzz-csv-upload.js';
import { type RawResponse, sendRaw } from './fuzz-http.js';
import { expectNothingWritten, expectRefusal } from './fuzz-property.js';
import type { WriteRoute } from './fuzz-routes.js';
import type { FuzzTally } from './fuzz-tally.js';
import { settled, written } from './fuzz-writes.js';

/**
 * The import's property, for one file: an answer, never a 5xx; a broken file is refused whole (the
 * log's head unchanged) with a problem that names the line at fault; an accepted file recorded
 * every row, and a formula-like cell exactly as it was sent.
 */
export async function importHolds(
  context: FuzzContext,
  route: WriteRoute,
  pools: CsvPools,
  fuzz: CsvCase,
  tally: FuzzTally,
): Promise<void> {
  const doc = await resolved(fuzz.doc, context, pools);
  await settled(context);
  const before = await written(context);
  const answer = await upload(context, fuzz.kind, rendered(fuzz, doc));
  tally.count(route.key, fuzz.family, answer.status, fuzz.expect);
  expect({ family: fuzz.family, status: answer.status, serverError: answer.status >= 500 }).toMatchObject({
    serverError: false,
  });
  if (answer.status < 400) {
    expect({ family: fuzz.family, expected: fuzz.expect }).toEqual({
      family: fuzz.family,
      expected: 'either',
    });
    expect(JSON.parse(answer.body)).toMatchObject({ rows: doc.rows.length, refused: false });
    await settled(context);
    if (fuzz.verbatim) await expectVerbatim(context, doc, fuzz.verbatim);
    return;
  }
  expectRefusal(route, answer);
  await expectNothingWritten(context, before, { family: fuzz.family });
  if (fuzz.line !== undefined) {
    const problem = JSON.parse(answer.body) as {
      detail: string;
      params?: { line?: number };
      errors?: { line?: number }[];
    };
    const lines = [problem.params?.line, ...(problem.errors ?? []).map((error) => error.line)];
    expect({ family: fuzz.family, detail: problem.detail, lines }).toEqual({
      family: fuzz.family,
      detail: problem.detail,
      lines: expect.arrayContaining([fuzz.line]),
    });
  }
}

/** A file as an operator's client uploads it. */
export function upload(context: FuzzContext, kind: string, body: Buffer): Promise<RawResponse> {
  return sendRaw(context.saksi.baseUrl, {
    method: 'POST',
    path: `/api/v1/imports/${kind}`,
    headers: [
      ['Authorization', `Bearer ${context.key('operator')}`],
      ['Content-Type', 'text/csv'],
      ['Content-Length', String(body.length)],
    ],
    body,
  });
}

/** Where each kind's free-text cell lands in the log: the event, and the path in its data. */
const LANDS: Record<string, { type: string; path: string[] }> = {
  head_name: { type: 'beneficiary.registered', path: ['head', 'name'] },
  hamlet: { type: 'beneficiary.registered', path: ['hamlet'] },
  reason: { type: 'beneficiary.registered', path: ['reason'] },
  musdes_ref: { type: 'beneficiary.approved', path: ['musdesRef'] },
  reference: { type: 'payment.paid', path: ['reference'] },
};

async function expectVerbatim(
  context: FuzzContext,
  doc: CsvDoc,
  [row, column]: [number, string],
): Promise<void> {
  const cell = (name: string) => doc.rows[row]![doc.header.indexOf(name)]!;
  const { type, path } = LANDS[column]!;
  const events = await context.saksi.store.readStream(`kpm-${cell('kpm_id')}`);
  const event = events.find(
    (candidate) =>
      candidate.type === type &&
      (type !== 'payment.paid' ||
        (candidate.data as { paymentId?: string }).paymentId === cell('payment_id')),
  );
  const recorded = path.reduce<unknown>(
    (node, key) => (node as Record<string, unknown> | undefined)?.[key],
    event?.data,
  );
  expect({ column, recorded: event ? recorded : 'no event' }).toEqual({
    column,
    recorded: cell(column).trim(),
  });
}
