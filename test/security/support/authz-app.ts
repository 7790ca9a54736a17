import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AccessKeyService } from '@saksi/access';
import { DEFAULT_SENTINEL_CONFIG } from '@saksi/anomalies';
import { DATA_SOURCE } from '@saksi/database';
import { EVENT_STORE, type EventStore } from '@saksi/event-store';
import { startLedger } from '@saksi/ledger';
import { A, B, InProcessProjectionFeed } from '@saksi/projections';
import { createTestDatabase, waitUntil } from '@saksi/testing';
import type { DataSource } from 'typeorm';

/** Who the authorisation matrix asks as: a citizen without a key, and one key for each staff member. */
export const ROLES = ['citizen', 'operatorA', 'operatorB', 'forum', 'inspector', 'admin'] as const;
export type MatrixRole = (typeof ROLES)[number];
export type StaffHolder = Exclude<MatrixRole, 'citizen'>;

const HOLDERS: Record<
  StaffHolder,
  { role: 'operator' | 'forum' | 'inspector' | 'admin'; villages?: string[] }
> = {
  operatorA: { role: 'operator', villages: [A] },
  operatorB: { role: 'operator', villages: [B] },
  forum: { role: 'forum' },
  inspector: { role: 'inspector' },
  admin: { role: 'admin' },
};

export interface AuthzApp {
  app: NestExpressApplication;
  baseUrl: string;
  databaseUrl: string;
  keys: Record<StaffHolder, string>;
  pseudonymKey: string;
  store: EventStore;
  dataSource: DataSource;
  /** The log's head position. */
  head(): Promise<number>;
  /** Until the read models and every log consumer (the sentinel, alert dispatch) stand at the head. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The embedded default as `npm start` wires it, alert delivery included (its admin routes are part
 * of the surface), on a fresh database, with a key for each staff member of the matrix. `env` is
 * in force while the app is built, which is when it reads its limits (SAKSI_PUBLIC_RATE_LIMIT, ...).
 */
export async function startAuthzApp(label: string, env: Record<string, string> = {}): Promise<AuthzApp> {
  const database = await createTestDatabase(label);
  const pseudonymKey = randomBytes(32).toString('hex');
  const app = await withEnv(env, () =>
    startLedger({
      storage: { mode: 'postgres', url: database.url },
      port: 0,
      host: '127.0.0.1',
      applicationName: 'test',
      personalDataKey: randomBytes(32),
      readSide: { feed: 'in-process', pseudonymKey },
      sentinel: {
        feed: 'in-process',
        pseudonymKey,
        config: DEFAULT_SENTINEL_CONFIG,
        // Without SMTP every e-mail delivery fails; one attempt makes it a dead letter at once.
        delivery: { queue: { attempts: 1, backoffMs: 10 } },
      },
      // Matrix requests post forms at machine speed, many from one address.
      portal: { pseudonymKey, ledgerUrl: 'self', grievanceLimits: { minFillMs: 0, perAddress: 10_000 } },
    }),
  );
  const access = app.get(AccessKeyService);
  const keys = {} as Record<StaffHolder, string>;
  for (const [holder, { role, villages }] of Object.entries(HOLDERS) as [
    StaffHolder,
    (typeof HOLDERS)[StaffHolder],
  ][])
    keys[holder] = (
      await access.issue({ role, label: holder, createdBy: 'authz-test', ...(villages ? { villages } : {}) })
    ).key;
  const store = app.get<EventStore>(EVENT_STORE);
  const dataSource = app.get<DataSource>(DATA_SOURCE);
  const head = async () => (await store.head()).position;
  return {
    app,
    baseUrl: `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`,
    databaseUrl: database.url,
    keys,
    pseudonymKey,
    store,
    dataSource,
    head,
    settled: async () => {
      for (;;) {
        const before = await head();
        await app.get(InProcessProjectionFeed).waitFor(before, 60_000);
        await waitUntil(async () => {
          const [row] = await dataSource.query<{ behind: string }[]>(
            'select count(*) as behind from consumer_position where position < $1',
            [before],
          );
          return Number(row?.behind) === 0;
        }, 'the log consumers to reach the head');
        if ((await head()) === before) return;
      }
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

async function withEnv<T>(env: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    return await run();
  } finally {
    for (const [name, value] of Object.entries(saved))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  }
}
