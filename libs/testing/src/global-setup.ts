import { randomBytes } from 'node:crypto';
import { adminUrl, withAdminClient } from './postgres-admin.js';

/**
 * Tests that need PostgreSQL fail (never skip) when it is unreachable: a green run must mean the
 * log was exercised against a real server. Each run gets an id so its databases never collide with
 * another run's or with a running `npm start`.
 */
export default async function globalSetup(): Promise<void> {
  try {
    await withAdminClient((client) => client.query('select 1'));
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${adminUrl()} (${(error as Error).message}). ` +
        'Start it (see .ci/run) or point SAKSI_TEST_POSTGRES_URL at a server.',
    );
  }
  process.env['SAKSI_TEST_RUN'] ??= `${process.pid}_${randomBytes(3).toString('hex')}`;
}
