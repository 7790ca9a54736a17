import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '@saksi/testing';
import pg from 'pg';
import { runCli } from './support/saksi-process.js';

describe('saksi replay', () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  const rows = async (table: string): Promise<unknown[]> => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query<Record<string, unknown>>(`select * from ${table} order by 1`)).rows;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase('replay_cli');
    env = { DATABASE_URL: database.url, SAKSI_PSEUDONYM_KEY: randomBytes(32).toString('hex') };
    const demo = runCli(['demo', '--regency', '11.01', '--villages', '2', '--seed', '5'], env);
    expect(demo.status).toBe(0);
  }, 120_000);

  afterAll(() => database?.drop());

  it('rebuilds every read model from the log and swaps it in, twice to the same rows', () => {
    const first = runCli(['replay', 'all'], env);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(
      first.stdout
        .trim()
        .split('\n')
        .map((line) => line.split(':')[0]),
    ).toEqual(['programmes', 'beneficiaries', 'training', 'grievances', 'alerts']);
    expect(first.stdout).toMatch(
      /beneficiaries: \d+ events to position \d+ in \d+ ms \(kpm_view [1-9]\d*, payment_event_view [1-9]\d*\)/,
    );
  }, 120_000);

  it('gives the same rows when run again', async () => {
    const before = await rows('kpm_view');
    expect(runCli(['replay', 'beneficiaries'], env).status).toBe(0);
    expect(await rows('kpm_view')).toEqual(before);
  }, 120_000);

  it('names the read models it knows when given one it does not', () => {
    const wrong = runCli(['replay', 'villages'], env);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('programmes, beneficiaries, training, grievances, alerts');
  });
});
