import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AccessKeyService, type StaffRole } from '@saksi/access';
import { DEFAULT_SENTINEL_CONFIG } from '@saksi/anomalies';
import { EVENT_STORE, type EventStore } from '@saksi/event-store';
import { createTestDatabase } from '@saksi/testing';
import { startLedger } from '../start-ledger.js';

export interface TestLedger {
  app: NestExpressApplication;
  store: EventStore;
  baseUrl: string;
  keys: Record<string, string>;
  close(): Promise<void>;
}

/** The real ledger app on a fresh database, listening on a free port, with one key per named holder. */
export async function startTestLedger(
  label: string,
  holders: Record<string, { role: StaffRole; villages?: string[] }>,
  options: { readSide?: boolean; sentinel?: boolean } = {},
): Promise<TestLedger> {
  const database = await createTestDatabase(label);
  const pseudonymKey = randomBytes(32).toString('hex');
  const app = await startLedger({
    storage: { mode: 'postgres', url: database.url },
    port: 0,
    host: '127.0.0.1',
    applicationName: 'test',
    ...(options.readSide ? { readSide: { feed: 'in-process' as const, pseudonymKey } } : {}),
    ...(options.sentinel
      ? {
          sentinel: {
            feed: 'in-process' as const,
            pseudonymKey,
            config: DEFAULT_SENTINEL_CONFIG,
            delivery: { queue: { backoffMs: 100 } },
          },
        }
      : {}),
  });
  const access = app.get(AccessKeyService);
  const keys: Record<string, string> = {};
  for (const [name, { role, villages }] of Object.entries(holders)) {
    keys[name] = (
      await access.issue({ role, label: name, createdBy: 'test', ...(villages ? { villages } : {}) })
    ).key;
  }
  return {
    app,
    store: app.get(EVENT_STORE),
    baseUrl: `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`,
    keys,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
