import { createAdminKey } from '@saksi/access';
import { openStorage, storageConfigFromEnv } from '@saksi/database';
import { LEDGER_SCHEMA } from '@saksi/ledger';

/** Prints a new administrator key once: it is stored only as a slow hash. */
export async function runCreateAdminKey(label: string): Promise<number> {
  const storage = await openStorage(storageConfigFromEnv(), LEDGER_SCHEMA, {
    applicationName: 'saksi-admin',
  });
  try {
    const { id, key } = await createAdminKey(storage, label);
    console.log(`Administrator key created (id ${id}). Keep it safe: it is shown only this once.`);
    console.log(key);
    return 0;
  } finally {
    await storage.close();
  }
}
