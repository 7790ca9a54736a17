import pg from 'pg';

// Loaded with a plain require like global-setup.ts: packages only.
const adminUrl = process.env['SAKSI_TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Drops every database this run created, even those of a test that crashed before cleaning up. */
export default async function globalTeardown(): Promise<void> {
  const run = process.env['SAKSI_TEST_RUN'];
  if (!run || process.env['SAKSI_TEST_KEEP_DATABASES']) return;
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
