import { withAdminClient } from './postgres-admin.js';

export default async function globalTeardown(): Promise<void> {
  const run = process.env['SAKSI_TEST_RUN'];
  if (!run || process.env['SAKSI_TEST_KEEP_DATABASES']) return;
  await withAdminClient(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'select datname from pg_database where datname like $1',
      [`saksi_test_${run}_%`],
    );
    for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
  });
}
