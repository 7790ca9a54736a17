import { randomBytes, scrypt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseAccessKey } from '@saksi/access';
import { recordFigures } from '@saksi/testing';
import { runCli } from '../support/saksi-process.js';
import { type AuthzApp, startAuthzApp } from './support/authz-app.js';
import { send } from './support/authz-http.js';

/** What access-key.hashing.ts states: scrypt, N = 2^15, r = 8, p = 1, a 32-byte hash, a 16-byte salt. */
const STATED = { N: 2 ** 15, r: 8, p: 1, hashBytes: 32, saltBytes: 16 };

function scryptOf(key: string, salt: Buffer, N: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      key,
      salt,
      STATED.hashBytes,
      { N, r: STATED.r, p: STATED.p, maxmem: 128 * N * STATED.r * 2 },
      (error, hash) => (error ? reject(error) : resolve(hash)),
    ),
  );
}

interface Row {
  id: string;
  salt: Buffer;
  secret_hash: Buffer;
  whole: string;
}

describe('secrets at rest: access keys under a slow hash, webhook secrets never answered back', () => {
  let saksi: AuthzApp;
  const issued: { holder: string; key: string }[] = [];

  beforeAll(async () => {
    saksi = await startAuthzApp('stored_secrets');
    for (const [holder, key] of Object.entries(saksi.keys)) issued.push({ holder, key });
    // The documented way to the first administrator key: `npx saksi admin create-key`.
    const cli = runCli(['admin', 'create-key', '--label', 'Kantor Desa'], {
      DATABASE_URL: saksi.databaseUrl,
      SAKSI_PERSONAL_DATA_KEY: randomBytes(32).toString('hex'),
    });
    const printed = /saksi_[0-9a-f]{32}_[A-Za-z0-9_-]{43}/.exec(cli.stdout)?.[0];
    if (cli.status !== 0 || !printed) throw new Error(`saksi admin create-key failed: ${cli.stderr}`);
    issued.push({ holder: 'cli admin', key: printed });
  }, 120_000);

  afterAll(async () => {
    await saksi?.close();
  });

  async function rowOf(key: string): Promise<Row> {
    const { id } = parseAccessKey(key)!;
    const [row] = await saksi.dataSource.query<Row[]>(
      'select id, salt, secret_hash, row_to_json(k)::text as whole from access_key k where id = $1',
      [id],
    );
    if (!row) throw new Error(`no row for key ${id}`);
    return row;
  }

  it('keeps no key, nor its secret, in any column: only an id, a salt and a hash', async () => {
    const [table] = await saksi.dataSource.query<{ columns: string[] }[]>(
      `select array_agg(column_name::text order by column_name) as columns from information_schema.columns where table_name = 'access_key'`,
    );
    expect(table?.columns).toEqual([
      'created_at',
      'created_by',
      'id',
      'label',
      'revoked_at',
      'role',
      'salt',
      'secret_hash',
      'villages',
    ]);
    for (const { holder, key } of issued) {
      const { whole } = await rowOf(key);
      const secret = parseAccessKey(key)!.secret;
      for (const spelling of [key, key.split('_')[2]!, secret.toString('hex'), secret.toString('base64')])
        expect({ holder, leaks: whole.includes(spelling) }).toEqual({ holder, leaks: false });
    }
  });

  it(`stores scrypt (N=2^15, r=8, p=1) of each key under a salt of its own, as the code states`, async () => {
    const salts = new Set<string>();
    for (const { holder, key } of issued) {
      const row = await rowOf(key);
      expect({ holder, salt: row.salt.length, hash: row.secret_hash.length }).toEqual({
        holder,
        salt: STATED.saltBytes,
        hash: STATED.hashBytes,
      });
      salts.add(row.salt.toString('hex'));
      // Recomputed with the stated cost it matches; with half the cost it does not: the cost is real.
      expect((await scryptOf(key, row.salt, STATED.N)).equals(row.secret_hash)).toBe(true);
      expect((await scryptOf(key, row.salt, STATED.N / 2)).equals(row.secret_hash)).toBe(false);
    }
    expect(salts.size).toBe(issued.length);
    recordFigures('stored-secrets', {
      'access keys checked in PostgreSQL': issued.length,
      hash: 'scrypt N=2^15 r=8 p=1, 32-byte hash, 16-byte salt per key',
      'keys or secrets found in a row': 0,
    });
  });

  it('keeps a webhook secret to sign with, and never answers it back', async () => {
    const webhookSecret = `whsec-${randomBytes(24).toString('hex')}`;
    const created = await send(
      saksi.baseUrl,
      'POST',
      {
        path: '/api/v1/alert-subscriptions',
        json: {
          name: 'Inspektorat Kabupaten',
          region: '11.01',
          webhookUrl: 'https://inspektorat.example.org/saksi',
          webhookSecret,
        },
      },
      { bearer: saksi.keys.admin },
    );
    expect(created.status).toBe(201);
    const listed = await send(
      saksi.baseUrl,
      'GET',
      { path: '/api/v1/alert-subscriptions' },
      { bearer: saksi.keys.admin },
    );
    expect(listed.status).toBe(200);
    expect(created.text).not.toContain(webhookSecret);
    expect(listed.text).not.toContain(webhookSecret);
  });
});
