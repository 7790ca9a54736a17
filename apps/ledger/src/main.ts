import 'reflect-metadata';
import { storageConfigFromEnv } from '@saksi/database';
import { startLedger } from '@saksi/ledger';
import { personalDataKey } from '@saksi/privacy';

/** The ledger on its own, for the cluster topology: it needs a shared PostgreSQL server. */
const storage = storageConfigFromEnv();
if (storage.mode !== 'postgres') {
  console.error(
    'The ledger app runs on a PostgreSQL server: set DATABASE_URL (npm start runs everything embedded).',
  );
  process.exit(2);
}
// The key is read before the database is touched: without it no personal data could be sealed.
const start = async () =>
  startLedger({
    storage,
    port: Number(process.env['PORT'] ?? 3001),
    host: process.env['HOST'] ?? '127.0.0.1',
    applicationName: 'saksi-ledger',
    personalDataKey: personalDataKey(process.env),
  });
start().catch((error: unknown) => {
  console.error('The ledger could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
