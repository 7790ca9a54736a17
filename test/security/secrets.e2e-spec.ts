import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { personalDataKey } from '@saksi/privacy';
import { pseudonymKey } from '@saksi/relay';
import { createTestDatabase, recordFigures, type TestDatabase } from '@saksi/testing';
import pg from 'pg';
import { startSaksi } from '../support/saksi-process.js';
import { runToExit } from './support/app-exit.js';
import { hardCodedSecretDefaults, secretsReadBy } from './support/secret-reads.js';

/**
 * The secrets each cluster app needs, every one from the environment: the database (its URL may
 * carry a password), the key behind NIK pseudonyms (the portal's form and CSRF tokens derive from
 * it too), and the key personal data is sealed under. SMTP credentials ride in SMTP_URL and are
 * optional (without them e-mail deliveries fail into dead letters); webhook secrets are data, given
 * per subscription through the admin API.
 */
const SECRETS_BY_APP: Record<string, string[]> = {
  ledger: ['DATABASE_URL', 'SAKSI_PERSONAL_DATA_KEY'],
  relay: ['DATABASE_URL', 'SAKSI_PERSONAL_DATA_KEY', 'SAKSI_PSEUDONYM_KEY'],
  projector: ['DATABASE_URL', 'SAKSI_PERSONAL_DATA_KEY', 'SAKSI_PSEUDONYM_KEY'],
  sentinel: ['DATABASE_URL', 'SAKSI_PSEUDONYM_KEY'],
  portal: ['DATABASE_URL', 'SAKSI_PERSONAL_DATA_KEY', 'SAKSI_PSEUDONYM_KEY'],
};

/** What each refusal must name, so the person starting the app knows what to set. */
const TOLD: Record<string, RegExp> = {
  DATABASE_URL: /DATABASE_URL/,
  SAKSI_PSEUDONYM_KEY: /Set SAKSI_PSEUDONYM_KEY \(a random secret of 32\+ characters\)/,
  SAKSI_PERSONAL_DATA_KEY: /Set SAKSI_PERSONAL_DATA_KEY \(32 random bytes as 64 hex digits/,
};

describe('secrets come from the environment only', () => {
  let cwd: string;
  let refusals = 0;
  /** Every secret of every app, on a fresh database of its own. */
  const completeEnv = (database: TestDatabase) => {
    const url = new URL(database.url);
    // A password the server does not need (it trusts local connections), to see it never echoed.
    url.password = `pw-${randomBytes(6).toString('hex')}`;
    return {
      DATABASE_URL: url.toString(),
      SAKSI_PSEUDONYM_KEY: randomBytes(32).toString('hex'),
      SAKSI_PERSONAL_DATA_KEY: randomBytes(32).toString('hex'),
      // Nothing listens on these: an app that got past its secrets would hang there, not refuse.
      KAFKA_BROKERS: '127.0.0.1:9',
      REDIS_URL: 'redis://127.0.0.1:9',
      PORT: '0',
    } as Record<string, string>;
  };

  beforeAll(() => {
    cwd = mkdtempSync(join(tmpdir(), 'saksi-secrets-'));
  });

  afterAll(() => {
    rmSync(cwd, { recursive: true, force: true });
    recordFigures('secrets', {
      'cluster apps': Object.keys(SECRETS_BY_APP).length,
      'starts refused for a missing secret, before touching the database': refusals,
      'hard-coded secret defaults in apps/ and libs/': hardCodedSecretDefaults().length,
    });
  });

  it('lists every secret an app reads, so none is left out of the checks below', () => {
    for (const [app, secrets] of Object.entries(SECRETS_BY_APP))
      expect({ app, secrets: secretsReadBy(app) }).toEqual({
        app,
        secrets: secrets.filter((name) => name !== 'DATABASE_URL'),
      });
  });

  it('has no secret with a default written in the source', () => {
    expect(hardCodedSecretDefaults()).toEqual([]);
  });

  const cases = Object.entries(SECRETS_BY_APP).flatMap(([app, secrets]) =>
    secrets.map((secret) => [app, secret] as const),
  );
  // Each case is a process of its own on a database of its own: they may run side by side.
  it.concurrent.each(cases)(
    'the %s app refuses to start without %s, saying so, and touches nothing',
    async (app, secret) => {
      const database = await createTestDatabase(`secrets_${app}`);
      try {
        const complete = completeEnv(database);
        const env = { ...complete };
        delete env[secret];
        const exit = await runToExit(app, env, cwd);
        expect(exit.timedOut).toBe(false);
        expect(exit.code).not.toBe(0);
        expect(exit.output).toMatch(TOLD[secret]!);
        for (const value of [
          complete['SAKSI_PSEUDONYM_KEY']!,
          complete['SAKSI_PERSONAL_DATA_KEY']!,
          new URL(complete['DATABASE_URL']!).password,
        ])
          expect(exit.output).not.toContain(value);
        // Refused before migrating: the database is as empty as it was made.
        expect(await tablesIn(database)).toEqual([]);
        refusals++;
      } finally {
        await database.drop();
      }
    },
  );

  it('the embedded default makes its own keys beside its data, readable by its owner only, and keeps them', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'saksi-embedded-keys-'));
    try {
      const saksi = await startSaksi({
        DATABASE_URL: '',
        SAKSI_DATA_DIR: dataDir,
        SAKSI_PSEUDONYM_KEY: '',
        SAKSI_PERSONAL_DATA_KEY: '',
      });
      await saksi.stop();
      const keys: Record<string, string> = {};
      for (const file of ['pseudonym.key', 'personal-data.key']) {
        const path = join(dataDir, file);
        expect({ file, mode: (statSync(path).mode & 0o777).toString(8) }).toEqual({ file, mode: '600' });
        keys[file] = readFileSync(path, 'utf8').trim();
        expect(keys[file]).toMatch(/^[0-9a-f]{64}$/);
      }
      // The next start reads the same keys: NIK tokens and sealed data stay readable.
      expect(pseudonymKey({}, dataDir)).toBe(keys['pseudonym.key']);
      expect(personalDataKey({}, dataDir).toString('hex')).toBe(keys['personal-data.key']);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

async function tablesIn(database: TestDatabase): Promise<string[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      `select tablename from pg_tables where schemaname = 'public'`,
    );
    return rows.map((row) => row.tablename);
  } finally {
    await client.end();
  }
}
