import { userInfo } from 'node:os';
import { openStorage, storageConfigFromEnv } from '@saksi/database';
import { entityId, shortText } from '@saksi/events';
import { PostgresEventStore } from '@saksi/event-store';
import { LEDGER_SCHEMA } from '@saksi/ledger';
import { eraseFamily, PersonalDataError } from '@saksi/privacy';

/**
 * Erases a family's personal data, as POST /api/v1/kpm/<id>/erasure does. It needs no key: erasing
 * only destroys one. Exit codes: 0 erased, 1 refused (no such family, or already erased), 2 bad input.
 */
export async function runErase(options: { kpm: string; reason: string }): Promise<number> {
  const kpmId = entityId.safeParse(options.kpm);
  const reason = shortText.safeParse(options.reason);
  if (!kpmId.success || !reason.success) {
    console.error(
      'saksi: --kpm takes a KPM id (1-64 letters, digits, . _ -) and --reason the legal ground (1-200 characters, no names).',
    );
    return 2;
  }
  const storage = await openStorage(storageConfigFromEnv(), LEDGER_SCHEMA, {
    applicationName: 'saksi-erase',
  });
  try {
    const erasure = await eraseFamily(new PostgresEventStore(storage.dataSource), storage.dataSource, {
      kpmId: kpmId.data,
      reason: reason.data,
      actor: `cli:${userInfo().username}`,
      source: 'saksi-cli',
    });
    console.log(
      `Erased the personal data of KPM ${erasure.kpmId} at ${erasure.erasedAt.toISOString()}: ` +
        `recorded at position ${erasure.event.position} (${erasure.event.eventId}) on ${erasure.event.streamId}.`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof PersonalDataError)) throw error;
    console.error(`saksi: ${error.text.en}`);
    return 1;
  } finally {
    await storage.close();
  }
}
