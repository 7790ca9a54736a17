import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

// Jest loads global setup with a plain require, outside its module mapper: this file may import
// packages only, not our own modules (hence the URL default repeated from postgres-admin.ts).
const adminUrl = process.env['SAKSI_TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Tests that need PostgreSQL fail (never skip) when it is unreachable: a green run must mean the
 * log was exercised against a real server. Each run gets an id so its databases never collide with
 * another run's or with a running `npm start`.
 */
export default async function globalSetup(
  _global: unknown,
  project: { displayName?: { name?: string } },
): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${adminUrl} (${(error as Error).message}). ` +
        'Start it (see .ci/run) or point SAKSI_TEST_POSTGRES_URL at a server.',
      { cause: error },
    );
  } finally {
    await client.end().catch(() => undefined);
  }
  process.env['SAKSI_TEST_RUN'] ??= `${process.pid}_${randomBytes(3).toString('hex')}`;
  // Personal data is sealed under a master key; a run makes its own, as a deployment would.
  process.env['SAKSI_PERSONAL_DATA_KEY'] ??= randomBytes(32).toString('hex');
  // End-to-end tests run the built processes, as `npm start` and `npx saksi` do: never a stale build.
  if (project.displayName?.name === 'e2e') execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}
