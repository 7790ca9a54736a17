import { randomBytes } from 'node:crypto';
import { urlForDatabase, withAdminClient } from './postgres-admin.js';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database on the real server, named for this run so teardown can find it. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const run = process.env['SAKSI_TEST_RUN'];
  if (!run) throw new Error('SAKSI_TEST_RUN is not set: run integration tests through jest (npm test)');
  const safeLabel = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 20);
  const name = `saksi_test_${run}_${safeLabel}_${randomBytes(3).toString('hex')}`;
  await withAdminClient((client) => client.query(`create database "${name}"`));
  return {
    name,
    url: urlForDatabase(name),
    drop: () =>
      withAdminClient((client) => client.query(`drop database if exists "${name}" with (force)`)).then(
        () => undefined,
      ),
  };
}
