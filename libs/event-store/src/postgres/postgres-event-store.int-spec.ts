import { openStorage } from '@saksi/database';
import { createTestDatabase } from '@saksi/testing';
import { EVENT_STORE_SCHEMA } from '../event-store.schema.js';
import { describeEventStoreContract } from '../testing/event-store.contract.js';
import { PostgresCheckpointStore } from './postgres-checkpoint-store.js';
import { PostgresEventStore } from './postgres-event-store.js';

describeEventStoreContract('PostgreSQL server', async () => {
  const database = await createTestDatabase('contract');
  const storage = await openStorage({ mode: 'postgres', url: database.url }, EVENT_STORE_SCHEMA);
  return {
    store: new PostgresEventStore(storage.dataSource),
    checkpoints: new PostgresCheckpointStore(storage.dataSource),
    close: async () => {
      await storage.close();
      await database.drop();
    },
  };
});
