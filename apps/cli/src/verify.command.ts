import { openStorage, storageConfigFromEnv } from '@saksi/database';
import { EVENT_STORE_SCHEMA, type LogHead, PostgresEventStore, verifyLog } from '@saksi/event-store';

export interface VerifyCommandOptions {
  expect: LogHead[];
  json: boolean;
  batchSize: number;
}

/** Exit codes: 0 the chain holds, 1 tampering found, 2 the log could not be read. */
export async function runVerify(options: VerifyCommandOptions): Promise<number> {
  const storage = await openStorage(storageConfigFromEnv(), EVENT_STORE_SCHEMA, {
    readOnly: true,
    applicationName: 'saksi-verify',
  });
  try {
    const [found] = await storage.dataSource.query<{ present: boolean }[]>(
      `select to_regclass('event_log') is not null as present`,
    );
    if (!found?.present) {
      console.error(`saksi: no Saksi event log in ${storage.description}; nothing to verify.`);
      return 2;
    }
    const result = await verifyLog(new PostgresEventStore(storage.dataSource), {
      anchors: options.expect,
      batchSize: options.batchSize,
    });
    if (options.json) {
      console.log(JSON.stringify(result));
    } else if (result.ok) {
      console.log(`OK: ${result.checked} events verified in ${storage.description}`);
      console.log(`head position: ${result.head.position}`);
      console.log(`head hash:     ${result.head.hash}`);
    } else {
      console.error(`TAMPERED at position ${result.position} (${result.problem}): ${result.message}`);
      console.error(`${result.checked} events before it verified.`);
    }
    return result.ok ? 0 : 1;
  } finally {
    await storage.close();
  }
}

/** "position:hash", as printed by `saksi verify` and on /health. */
export function parseAnchor(text: string, previous: LogHead[] = []): LogHead[] {
  const match = /^(\d+):([0-9a-fA-F]{64})$/.exec(text.trim());
  if (!match)
    throw new Error(`--expect takes position:hash (a number, a colon, 64 hex digits), not "${text}"`);
  return [...previous, { position: Number(match[1]), hash: match[2]!.toLowerCase() }];
}
