import type { Storage } from '@saksi/database';
import { AccessKeyService, type IssuedAccessKey } from '../access-key.service.js';
import { PostgresAccessKeyStore } from '../postgres/postgres-access-key.store.js';

/**
 * The first key of a new installation, and the way back in when every admin key is lost: whoever
 * can open the database may make one. `saksi admin create-key` prints the key once; it is not stored.
 */
export async function createAdminKey(storage: Storage, label: string): Promise<IssuedAccessKey> {
  const keys = new AccessKeyService(new PostgresAccessKeyStore(storage.dataSource), { cacheTtlMs: 0 });
  return keys.issue({ role: 'admin', label, createdBy: 'cli' });
}
