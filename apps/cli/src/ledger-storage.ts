import { openStorage, type Storage, storageConfigFromEnv } from '@saksi/database';
import { LEDGER_SCHEMA } from '@saksi/ledger';
import { personalDataKey, sealPersonalData } from '@saksi/privacy';

/**
 * The database with every table, its personal data sealed under the same key as the apps': from
 * SAKSI_PERSONAL_DATA_KEY, or on the embedded database the key kept beside its data.
 */
export async function openLedgerStorage(applicationName: string): Promise<Storage> {
  const config = storageConfigFromEnv();
  const key = personalDataKey(process.env, config.mode === 'embedded' ? config.dataDir : undefined);
  const storage = await openStorage(config, LEDGER_SCHEMA, { applicationName });
  try {
    await sealPersonalData(storage.dataSource, key);
  } catch (error) {
    await storage.close();
    throw error;
  }
  return storage;
}
