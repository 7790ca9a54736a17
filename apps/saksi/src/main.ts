import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { storageConfigFromEnv } from '@saksi/database';
import { DEFAULT_SENTINEL_CONFIG } from '@saksi/anomalies';
import { startLedger } from '@saksi/ledger';
import { personalDataKey } from '@saksi/privacy';
import { pseudonymKey } from '@saksi/relay';

/** The embedded default: everything in one process, on PGlite in ./data unless DATABASE_URL is set. */
const storage = storageConfigFromEnv();
const dataDir =
  storage.mode === 'embedded' ? storage.dataDir : resolve(process.env['SAKSI_DATA_DIR'] ?? 'data');
mkdirSync(dataDir, { recursive: true });
const key = pseudonymKey(process.env, dataDir);
startLedger({
  storage,
  // Beside the data too, made on first start, unless SAKSI_PERSONAL_DATA_KEY gives one.
  personalDataKey: personalDataKey(process.env, dataDir),
  port: Number(process.env['PORT'] ?? 3000),
  host: process.env['HOST'] ?? '127.0.0.1',
  applicationName: 'saksi',
  readSide: { feed: 'in-process', pseudonymKey: key },
  sentinel: {
    feed: 'in-process',
    pseudonymKey: key,
    config: DEFAULT_SENTINEL_CONFIG,
    // Jobs run in process here; e-mail needs an SMTP server (SMTP_URL), webhooks need nothing.
    delivery: process.env['SMTP_URL'] ? { smtpUrl: process.env['SMTP_URL'] } : {},
  },
  // The portal's writes go through this process's own ledger API, as they go to the ledger's in a cluster.
  portal: { pseudonymKey: key, ledgerUrl: 'self' },
}).catch((error: unknown) => {
  console.error('Saksi could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
