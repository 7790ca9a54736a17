import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';

// Loaded with a plain require like global-setup.ts: packages only.
const adminUrl = process.env['SAKSI_TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Drops every database this run created, even those of a test that crashed before cleaning up, and
 * first kills the app processes a timed-out test left running on them (a cluster's five apps would
 * otherwise hold two cores' worth of polling until the machine restarts).
 */
export default async function globalTeardown(): Promise<void> {
  const run = process.env['SAKSI_TEST_RUN'];
  if (!run || process.env['SAKSI_TEST_KEEP_DATABASES']) return;
  killProcessesOf(`saksi_test_${run}_`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      'select datname from pg_database where datname like $1',
      [`saksi\\_test\\_${run}\\_%`],
    );
    for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
  } finally {
    await client.end();
  }
}

/** Linux only (/proc); elsewhere nothing is found and the databases are still dropped. */
function killProcessesOf(databasePrefix: string): void {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return;
  }
  for (const pid of entries.filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)) {
    try {
      const environment = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      const url = environment.find((entry) => entry.startsWith('DATABASE_URL='));
      if (url?.includes(`/${databasePrefix}`)) process.kill(Number(pid), 'SIGKILL');
    } catch {
      // Gone already, or not ours to read.
    }
  }
}
