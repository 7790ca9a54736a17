import 'reflect-metadata';
import { storageConfigFromEnv } from '@saksi/database';
import { startLedger } from '@saksi/ledger';

/** The embedded default: everything in one process, on PGlite in ./data unless DATABASE_URL is set. */
startLedger({
  storage: storageConfigFromEnv(),
  port: Number(process.env['PORT'] ?? 3000),
  host: process.env['HOST'] ?? '127.0.0.1',
  applicationName: 'saksi',
}).catch((error: unknown) => {
  console.error('Saksi could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
