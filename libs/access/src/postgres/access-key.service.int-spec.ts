import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { combineSchemas, openStorage, type Storage } from '@saksi/database';
import { EVENT_STORE_SCHEMA } from '@saksi/event-store';
import { createTestDatabase, type TestDatabase } from '@saksi/testing';
import { ACCESS_SCHEMA } from '../access.schema.js';
import { AccessKeyNotFound, AccessKeyRequestInvalid } from '../access.errors.js';
import { parseAccessKey } from '../access-key.format.js';
import { AccessKeyService } from '../access-key.service.js';
import { createAdminKey } from '../cli/create-admin-key.js';
import { PostgresAccessKeyStore } from './postgres-access-key.store.js';

const SUKAMAJU = '32.01.01.2001';
const MEKARSARI = '32.01.01.2002';

describe('access keys in PostgreSQL', () => {
  let database: TestDatabase;
  let storage: Storage;
  let keys: AccessKeyService;

  beforeAll(async () => {
    database = await createTestDatabase('access');
    storage = await openStorage(
      { mode: 'postgres', url: database.url },
      combineSchemas([EVENT_STORE_SCHEMA, ACCESS_SCHEMA]),
    );
    // No cache: every authenticate() below reads the row and runs scrypt.
    keys = new AccessKeyService(new PostgresAccessKeyStore(storage.dataSource), { cacheTtlMs: 0 });
  });

  afterAll(async () => {
    await storage?.close();
    await database?.drop();
  });

  it('authenticates an issued operator key as its role and villages', async () => {
    const issued = await keys.issue({
      role: 'operator',
      villages: [MEKARSARI, SUKAMAJU],
      label: 'operator Desa Sukamaju',
      createdBy: 'test',
    });
    expect(parseAccessKey(issued.key)?.id).toBe(issued.id);
    await expect(keys.authenticate(issued.key)).resolves.toEqual({
      id: issued.id,
      role: 'operator',
      villages: [SUKAMAJU, MEKARSARI],
      name: 'operator Desa Sukamaju',
    });
  });

  it('refuses a key whose secret is wrong', async () => {
    const issued = await keys.issue({ role: 'forum', label: 'BPD Sukamaju', createdBy: 'test' });
    const secret = issued.key.slice(-43);
    const wrong = issued.key.slice(0, -43) + (secret.startsWith('A') ? 'B' : 'A') + secret.slice(1);
    await expect(keys.authenticate(wrong)).resolves.toBeUndefined();
    await expect(keys.authenticate(issued.key)).resolves.toMatchObject({ role: 'forum' });
  });

  it('refuses a well-formed key with an id that was never issued', async () => {
    const issued = await keys.issue({ role: 'inspector', label: 'Inspektorat', createdBy: 'test' });
    const unknown = 'saksi_' + '0'.repeat(32) + issued.key.slice(-44);
    await expect(keys.authenticate(unknown)).resolves.toBeUndefined();
  });

  it('refuses text that is not a key at all', async () => {
    await expect(keys.authenticate('saksi_not_a_key')).resolves.toBeUndefined();
  });

  it('stops authenticating a key once it is revoked', async () => {
    const issued = await keys.issue({ role: 'admin', label: 'admin kabupaten', createdBy: 'test' });
    await expect(keys.authenticate(issued.key)).resolves.toMatchObject({ role: 'admin' });
    await keys.revoke(issued.id);
    await expect(keys.authenticate(issued.key)).resolves.toBeUndefined();
    await keys.revoke(issued.id); // a second revocation changes nothing
    const [row] = await storage.dataSource.query<{ revoked_at: Date | null }[]>(
      'select revoked_at from access_key where id = $1',
      [issued.id],
    );
    expect(row?.revoked_at).toBeInstanceOf(Date);
  });

  it('evicts a revoked key from its own cache at once', async () => {
    const cached = new AccessKeyService(new PostgresAccessKeyStore(storage.dataSource));
    const issued = await cached.issue({ role: 'admin', label: 'admin cached', createdBy: 'test' });
    await expect(cached.authenticate(issued.key)).resolves.toMatchObject({ role: 'admin' });
    await cached.revoke(issued.id);
    await expect(cached.authenticate(issued.key)).resolves.toBeUndefined();
  });

  it('keeps trusting a cached key revoked elsewhere until the cache entry expires', async () => {
    const cached = new AccessKeyService(new PostgresAccessKeyStore(storage.dataSource));
    const issued = await cached.issue({ role: 'admin', label: 'admin elsewhere', createdBy: 'test' });
    await cached.authenticate(issued.key);
    await keys.revoke(issued.id); // another process, as far as `cached` knows
    await expect(cached.authenticate(issued.key)).resolves.toMatchObject({ role: 'admin' });
    await expect(keys.authenticate(issued.key)).resolves.toBeUndefined();
  });

  it('answers not found when revoking a key that does not exist', async () => {
    await expect(keys.revoke('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(
      AccessKeyNotFound,
    );
    await expect(keys.revoke('not-a-uuid')).rejects.toBeInstanceOf(AccessKeyNotFound);
  });

  it('stores no part of the key in plain text', async () => {
    const issued = await keys.issue({
      role: 'operator',
      villages: [SUKAMAJU],
      label: 'operator',
      createdBy: 'test',
    });
    const secret = parseAccessKey(issued.key)!.secret;
    const [row] = await storage.dataSource.query<Record<string, unknown>[]>(
      'select * from access_key where id = $1',
      [issued.id],
    );
    expect(row).toBeDefined();
    const stored = Object.values(row!).map((value) =>
      Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value) ?? ''),
    );
    for (const value of stored) {
      expect(value.includes(secret)).toBe(false);
      expect(value.includes(Buffer.from(issued.key.slice(-43)))).toBe(false);
      expect(value.includes(Buffer.from(issued.key))).toBe(false);
    }
    expect((row!['secret_hash'] as Buffer).length).toBe(32);
    expect((row!['salt'] as Buffer).length).toBe(16);
  });

  it('gives each key its own salt', async () => {
    const a = await keys.issue({ role: 'admin', label: 'a', createdBy: 'test' });
    const b = await keys.issue({ role: 'admin', label: 'b', createdBy: 'test' });
    const rows = await storage.dataSource.query<{ salt: Buffer }[]>(
      'select salt from access_key where id = any($1::uuid[])',
      [[a.id, b.id]],
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]!.salt.equals(rows[1]!.salt)).toBe(false);
  });

  it('validates what it is asked to issue before storing anything', async () => {
    const before = await countKeys();
    await expect(
      keys.issue({ role: 'operator', villages: ['Sukamaju'], label: 'operator', createdBy: 'test' }),
    ).rejects.toBeInstanceOf(AccessKeyRequestInvalid);
    await expect(keys.issue({ role: 'operator', label: 'operator', createdBy: 'test' })).rejects.toThrow(
      /at least one village/,
    );
    await expect(
      keys.issue({ role: 'forum', villages: [SUKAMAJU], label: 'forum', createdBy: 'test' }),
    ).rejects.toThrow(/Only operator keys/);
    expect(await countKeys()).toBe(before);
  });

  it('lets the database refuse a row that breaks the key rules even without the service', async () => {
    await expect(
      storage.dataSource.query(
        `insert into access_key (id, label, role, villages, secret_hash, salt, created_by)
         values (gen_random_uuid(), 'x', 'forum', '{32.01.01.2001}', $1, $2, 'test')`,
        [Buffer.alloc(32), Buffer.alloc(16)],
      ),
    ).rejects.toThrow(/access_key_villages_only_for_operators/);
    await expect(
      storage.dataSource.query(
        `insert into access_key (id, label, role, villages, secret_hash, salt, created_by)
         values (gen_random_uuid(), 'x', 'operator', '{"32.01.01.2001,32.01.01.2002"}', $1, $2, 'test')`,
        [Buffer.alloc(32), Buffer.alloc(16)],
      ),
    ).rejects.toThrow(/access_key_village_codes/);
  });

  it('lets the runtime role revoke a key but not change what it grants or delete it', async () => {
    const issued = await keys.issue({ role: 'forum', label: 'forum', createdBy: 'test' });
    await expect(
      storage.dataSource.query(`update access_key set role = 'admin' where id = $1`, [issued.id]),
    ).rejects.toThrow(/permission denied/);
    await expect(
      storage.dataSource.query('delete from access_key where id = $1', [issued.id]),
    ).rejects.toThrow(/permission denied/);
  });

  it('creates an admin key for the command line', async () => {
    const issued = await createAdminKey(storage, 'first admin');
    await expect(keys.authenticate(issued.key)).resolves.toMatchObject({
      id: issued.id,
      role: 'admin',
      villages: [],
      name: 'first admin',
    });
    const [row] = await storage.dataSource.query<{ created_by: string }[]>(
      'select created_by from access_key where id = $1',
      [issued.id],
    );
    expect(row?.created_by).toBe('cli');
  });

  async function countKeys(): Promise<number> {
    const [row] = await storage.dataSource.query<{ count: number }[]>(
      'select count(*)::int as count from access_key',
    );
    return row?.count ?? 0;
  }
});
