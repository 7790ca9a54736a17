import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { combineSchemas, openStorage } from '@saksi/database';
import { EVENT_STORE_SCHEMA } from '@saksi/event-store';
import { createTestDatabase } from '@saksi/testing';
import { PRIVACY_SCHEMA } from './privacy.schema.js';
import { describeSealedLog } from './testing/sealed-log.contract.js';

const schema = combineSchemas([EVENT_STORE_SCHEMA, PRIVACY_SCHEMA]);

describeSealedLog('PostgreSQL server', async () => {
  const database = await createTestDatabase('sealed_log');
  const storage = await openStorage({ mode: 'postgres', url: database.url }, schema);
  return {
    ...storage,
    close: async () => {
      await storage.close();
      await database.drop();
    },
  };
});

describeSealedLog('embedded PGlite', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'saksi-sealed-'));
  const storage = await openStorage({ mode: 'embedded', dataDir }, schema);
  return {
    ...storage,
    close: async () => {
      await storage.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
});
