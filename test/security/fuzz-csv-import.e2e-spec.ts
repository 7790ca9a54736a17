import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { recordFigures, reliabilityMode } from '@saksi/testing';
import fc from 'fast-check';
import { type PortalTestApp, seedProgramme } from '../../libs/portal/src/testing/portal-test-app.js';
import { FuzzContext, HOLDERS } from './support/fuzz-context.js';
import { startFuzzApp } from './support/fuzz-app.js';
import { csvCases, plainCase, validDoc } from './support/fuzz-csv-files.js';
import type { CsvKind } from './support/fuzz-csv-kinds.js';
import { importHolds, upload } from './support/fuzz-csv-property.js';
import { expectNothingWritten } from './support/fuzz-property.js';
import { type CsvPools, rendered, resolved } from './support/fuzz-csv-upload.js';
import { type WriteRoute, writeRoutes } from './support/fuzz-routes.js';
import { FuzzTally } from './support/fuzz-tally.js';
import { settled, written } from './support/fuzz-writes.js';
import { repoRoot } from '../support/saksi-process.js';

const FULL = reliabilityMode() === 'full';
/** Files per kind: four kinds make the import endpoint's 1,000 inputs in full mode. */
const RUNS = Number(process.env['SAKSI_FUZZ_RUNS']) || (FULL ? 250 : 20);
/** The largest row sent: past the 64 kB a row may hold, and in full mode past the 256 kB a line may. */
const FAR_ROW = FULL ? 3_000_000 : 300_000;
const SEED = process.env['SAKSI_FUZZ_SEED'] ? Number(process.env['SAKSI_FUZZ_SEED']) : undefined;
/** A hang is caught by the property's own answers; this only bounds a run of many files. */
const TIMEOUT_MS = FULL ? 3_600_000 : 300_000;
const KINDS: CsvKind[] = ['beneficiaries', 'approvals', 'payments', 'attendance'];
/** Files put through `saksi import` (a process start each): the two outcomes in CI, every family by hand. */
const CLI_FAMILIES = FULL ? undefined : ['bad-row', 'valid'];

/**
 * Issue 9, the CSV importer through its HTTP route: malformed quoting, wrong delimiters, BOMs,
 * invalid UTF-8, mixed line ends, huge rows, thousands of columns, formula cells, one bad row among
 * good ones, duplicate and missing headers. A file is recorded whole or not at all.
 */
describe('fuzzing the CSV import', () => {
  let saksi: PortalTestApp;
  let context: FuzzContext;
  let route: WriteRoute;
  let pools: CsvPools;
  const tally = new FuzzTally();
  /** What `saksi import` did with the files put through it. */
  const cliFiles = { recorded: 0, refused: 0 };
  const started = Date.now();

  beforeAll(async () => {
    saksi = await startFuzzApp(HOLDERS);
    await seedProgramme(saksi, saksi.keys['operator']!);
    context = new FuzzContext(saksi);
    route = writeRoutes(saksi.app).find((candidate) => candidate.key === 'POST /api/v1/imports/:kind')!;
    pools = {
      approved: [
        await context.family('approved'),
        await context.family('approved'),
        await context.family('approved'),
      ],
      session: await context.session(),
    };
  });

  afterAll(async () => {
    recordFigures(
      'fuzzing-csv-import',
      tally.figures({
        filesPerKind: RUNS,
        cliFilesRecorded: cliFiles.recorded,
        cliFilesRefused: cliFiles.refused,
        seconds: Math.round((Date.now() - started) / 1000),
      }),
    );
    await saksi?.close();
  });

  it('is a write route the app serves', () => {
    expect(route).toBeDefined();
  });

  it.each<CsvKind>(KINDS)(
    'records a %s file whole or refuses it whole, naming the bad line',
    async (kind) => {
      // A valid file of this kind is recorded: the fuzz starts from files that get through.
      const valid = fc.sample(validDoc(kind), { numRuns: 1, seed: 1 })[0]!;
      const accepted = await upload(
        context,
        kind,
        rendered(plainCase(valid), await resolved(valid, context, pools)),
      );
      expect({ kind, status: accepted.status }).toEqual({ kind, status: 201 });
      await fc.assert(
        fc.asyncProperty(csvCases(kind, FAR_ROW), (fuzz) => importHolds(context, route, pools, fuzz, tally)),
        { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'refuses the same broken files through `saksi import`, naming the line, and records a good one',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'saksi-fuzz-csv-'));
      const databaseUrl = (context.dataSource.options as { url?: string }).url!;
      const cases = fc
        .sample(
          fc.constantFrom(...KINDS).chain((kind) => csvCases(kind, 100_000)),
          { numRuns: 400, seed: 9 },
        )
        .filter((fuzz, index, all) => all.findIndex((other) => other.family === fuzz.family) === index)
        .filter((fuzz) => !CLI_FAMILIES || CLI_FAMILIES.includes(fuzz.family));
      expect(cases.length).toBeGreaterThanOrEqual(CLI_FAMILIES?.length ?? 10);
      try {
        for (const [index, fuzz] of cases.entries()) {
          const file = join(dir, `${index}-${fuzz.family}.csv`);
          writeFileSync(file, rendered(fuzz, await resolved(fuzz.doc, context, pools)));
          await settled(context);
          const before = await written(context);
          const cli = spawnSync('node', ['bin/saksi.js', 'import', file, '--kind', fuzz.kind], {
            cwd: repoRoot,
            env: { ...process.env, DATABASE_URL: databaseUrl },
            encoding: 'utf8',
            timeout: 120_000,
          });
          const outcome = { family: fuzz.family, status: cli.status, output: `${cli.stdout}${cli.stderr}` };
          if (cli.status === 0) cliFiles.recorded++;
          else cliFiles.refused++;
          if (fuzz.expect === 'refused') {
            expect(outcome).toMatchObject({
              status: expect.any(Number),
              output: expect.not.stringContaining('    at '),
            });
            expect(cli.status).not.toBe(0);
            if (fuzz.line !== undefined)
              expect(outcome.output).toMatch(new RegExp(`[Ll]ine ${fuzz.line}\\b`));
            await expectNothingWritten(context, before, { family: fuzz.family, through: 'saksi import' });
          } else if (fuzz.family === 'valid') expect(outcome).toMatchObject({ status: 0 });
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    TIMEOUT_MS,
  );
});
