// The fault and security suites in full mode, and their figures in RELIABILITY.md.
//
//   npm run reliability            build, run test/faults and test/security with
//                                  SAKSI_RELIABILITY_MODE=full, then write the figures into
//                                  RELIABILITY.md between its markers
//   node scripts/reliability.js --print [dir]
//                                  print the figures a run left in dir (default .reliability),
//                                  as CI does after `npm test` (quick mode); writes nothing
//
// Each suite leaves <dir>/<suite>.json through recordFigures() in libs/testing; this script only
// collects and lays them out, so a figure is always one a test really counted.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

const START = '<!-- reliability:start -->';
const END = '<!-- reliability:end -->';
const root = new URL('..', import.meta.url).pathname;

function readFigures(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'jest.json')
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')));
}

/** commandsSent → commands sent: the names are the suites' own counters. */
function words(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

function format(value) {
  return typeof value === 'number' ? value.toLocaleString('en-US') : String(value);
}

function tables(records) {
  return records
    .map((record) => {
      const rows = Object.entries(record.figures).map(
        ([name, value]) => `| ${words(name)} | ${format(value)} |`,
      );
      return [
        `### ${record.suite} (${record.mode} mode, ${record.at})`,
        '',
        '| figure | value |',
        '|---|---|',
        ...rows,
      ].join('\n');
    })
    .join('\n\n');
}

function machine() {
  const postgres = execFileSync('psql', ['-V'], { encoding: 'utf8' }).trim();
  return `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node.js ${process.version}, ${postgres}`;
}

function writeReport(dir, jest) {
  const file = join(root, 'RELIABILITY.md');
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`RELIABILITY.md has no ${START} ... ${END} section`);
  const body = [
    START,
    '',
    `Measured on ${new Date().toISOString().slice(0, 10)}: ${machine()}.`,
    'Reproduce with `npm run reliability` (about half an hour; it needs what `npm test` needs).',
    '',
    `Tests: ${jest.numPassedTests} passed, ${jest.numFailedTests} failed, ${jest.numPendingTests} skipped, in ${jest.numTotalTestSuites} suites.`,
    '',
    tables(readFigures(dir)),
    '',
    END,
  ].join('\n');
  writeFileSync(file, text.slice(0, from) + body + text.slice(to + END.length));
}

if (process.argv[2] === '--print') {
  const dir = process.argv[3] ?? join(root, '.reliability');
  const records = readFigures(dir);
  console.log(records.length ? tables(records) : `no figures in ${dir}`);
} else {
  const dir = join(root, '.reliability', 'full');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const run = (command, args, env = {}) =>
    spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (run('npm', ['run', 'build', '--silent']).status !== 0) process.exit(1);
  if (run('bash', ['deploy/kafka/kafka.sh', 'start']).status !== 0) process.exit(1);
  const jestFile = join(dir, 'jest.json');
  const tests = run(
    'node',
    [
      '--experimental-vm-modules',
      'node_modules/jest/bin/jest.js',
      '--selectProjects',
      'e2e',
      '--runInBand',
      '--json',
      `--outputFile=${jestFile}`,
      'test/faults',
      'test/security',
    ],
    { SAKSI_RELIABILITY_MODE: 'full', SAKSI_RELIABILITY_DIR: dir },
  );
  if (!existsSync(jestFile)) process.exit(tests.status ?? 1);
  writeReport(dir, JSON.parse(readFileSync(jestFile, 'utf8')));
  run('npx', ['prettier', '--write', 'RELIABILITY.md']);
  console.log(`RELIABILITY.md written from ${dir}`);
  process.exit(tests.status ?? 1);
}
