import { bindSealer } from '@saksi/event-store';
import type { DataSource } from 'typeorm';
import { anyLiveKey } from './postgres/data-keys.js';
import { PersonalDataSealer } from './personal-data.sealer.js';

/**
 * From now on this database's log stores personal data sealed under `masterKey` and every reader in
 * this process opens it (see bindSealer). Checks first that the key opens the data keys already
 * there, so a wrong key stops the process at start-up instead of at its first read.
 */
export async function sealPersonalData(
  dataSource: DataSource,
  masterKey: Buffer,
): Promise<PersonalDataSealer> {
  const sealer = new PersonalDataSealer(masterKey);
  const live = await anyLiveKey((text, values) => dataSource.query(text, values));
  if (live) sealer.assertOpens(live.subject, live.wrapped_key);
  bindSealer(dataSource, sealer);
  return sealer;
}
