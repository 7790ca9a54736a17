import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStorage } from '@saksi/database';
import { EVENT_STORE_SCHEMA } from '../event-store.schema.js';
import { describeEventStoreContract } from '../testing/event-store.contract.js';
import { PostgresCheckpointStore } from './postgres-checkpoint-store.js';
import { PostgresEventStore } from './postgres-event-store.js';

describeEventStoreContract('embedded PGlite', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'saksi-contract-'));
  const storage = await openStorage({ mode: 'embedded', dataDir }, EVENT_STORE_SCHEMA);
  return {
    store: new PostgresEventStore(storage.dataSource),
    checkpoints: new PostgresCheckpointStore(storage.dataSource),
    close: async () => {
      await storage.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
});
