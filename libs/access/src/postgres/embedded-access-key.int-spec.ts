import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { combineSchemas, openStorage, type Storage } from '@saksi/database';
import { EVENT_STORE_SCHEMA } from '@saksi/event-store';
import { ACCESS_SCHEMA } from '../access.schema.js';
import { AccessKeyService } from '../access-key.service.js';
import { PostgresAccessKeyStore } from './postgres-access-key.store.js';

/** A village office runs Saksi on PGlite: the same migration and adapter must work there. */
describe('access keys in embedded PGlite', () => {
  let dataDir: string;
  let storage: Storage;
  let keys: AccessKeyService;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'saksi-access-'));
    storage = await openStorage(
      { mode: 'embedded', dataDir },
      combineSchemas([EVENT_STORE_SCHEMA, ACCESS_SCHEMA]),
    );
    keys = new AccessKeyService(new PostgresAccessKeyStore(storage.dataSource), { cacheTtlMs: 0 });
  }, 60_000); // PGlite's first start (initdb in WebAssembly) takes seconds on a busy machine

  afterAll(async () => {
    await storage?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('issues, authenticates and revokes a key', async () => {
    const issued = await keys.issue({
      role: 'operator',
      villages: ['32.01.01.2001'],
      label: 'operator Sukamaju',
      createdBy: 'test',
    });
    await expect(keys.authenticate(issued.key)).resolves.toMatchObject({
      role: 'operator',
      villages: ['32.01.01.2001'],
    });
    await keys.revoke(issued.id);
    await expect(keys.authenticate(issued.key)).resolves.toBeUndefined();
  });
});
