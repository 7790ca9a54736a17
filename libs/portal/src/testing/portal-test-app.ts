import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AccessKeyService, type StaffRole } from '@saksi/access';
import { DEFAULT_SENTINEL_CONFIG } from '@saksi/anomalies';
import { EVENT_STORE, type EventStore } from '@saksi/event-store';
import { startLedger } from '@saksi/ledger';
import { A, InProcessProjectionFeed, scriptedProgramme } from '@saksi/projections';
import { createTestDatabase, waitUntil } from '@saksi/testing';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '@saksi/database';
import type { SentinelOptions } from '@saksi/sentinel';
import type { GrievanceLimits } from '../portal.options.js';

export interface PortalTestApp {
  app: NestExpressApplication;
  store: EventStore;
  baseUrl: string;
  keys: Record<string, string>;
  pseudonymKey: string;
  caughtUp(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The embedded default on a fresh database, as `npm start` runs it: ledger, read side, sentinel and
 * portal in one process, writes from the portal going to its own API ('self').
 */
export async function startPortalTestApp(
  label: string,
  holders: Record<string, { role: StaffRole; villages?: string[] }>,
  options: { grievanceLimits?: Partial<GrievanceLimits>; delivery?: SentinelOptions['delivery'] } = {},
): Promise<PortalTestApp> {
  const database = await createTestDatabase(label);
  const pseudonymKey = randomBytes(32).toString('hex');
  const app = await startLedger({
    storage: { mode: 'postgres', url: database.url },
    port: 0,
    host: '127.0.0.1',
    applicationName: 'test',
    readSide: { feed: 'in-process', pseudonymKey },
    // Alert delivery (and its admin routes) only when asked for, as `npm start` has it.
    sentinel: {
      feed: 'in-process',
      pseudonymKey,
      config: DEFAULT_SENTINEL_CONFIG,
      ...(options.delivery ? { delivery: options.delivery } : {}),
    },
    portal: { pseudonymKey, ledgerUrl: 'self', grievanceLimits: options.grievanceLimits ?? {} },
  });
  const access = app.get(AccessKeyService);
  const keys: Record<string, string> = {};
  for (const [name, { role, villages }] of Object.entries(holders))
    keys[name] = (
      await access.issue({ role, label: name, createdBy: 'test', ...(villages ? { villages } : {}) })
    ).key;
  const store = app.get<EventStore>(EVENT_STORE);
  return {
    app,
    store,
    baseUrl: `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`,
    keys,
    pseudonymKey,
    caughtUp: async () => app.get(InProcessProjectionFeed).waitFor((await store.head()).position, 30_000),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** Everything a seeded programme holds that a page must never show the public. */
export const SEEDED_PERSONAL = {
  names: ['Kepala a1', 'Kepala a2', 'Kepala a3', 'Kepala a4', 'Kepala b1', 'Kepala c1'],
  texts: [
    'Bantuan bulan Januari belum sampai ke tetangga saya.',
    'Keluarga kami tidak terdaftar.',
    '0812-0000-0000',
    'Pindah domisili',
    'Verifikasi ulang',
    'Rekening ditutup',
    'Dibayar ganda',
  ],
};

/**
 * The scripted BLT-DD year (see @saksi/projections), and one anomaly on top: a payment, through the
 * API, to family a3, registered but never approved, which the sentinel in process turns into an alert.
 */
export async function seedProgramme(
  test: PortalTestApp,
  operatorKey: string,
): Promise<{ alertId: string; positions: Map<string, number> }> {
  // The sentinel appends alerts meanwhile, so a label's position is what the append answered.
  const positions = new Map<string, number>();
  for (const { label, streamId, event } of scriptedProgramme())
    positions.set(label, (await test.store.append(streamId, [event], 'any')).events[0]!.position);
  const paid = await fetch(`${test.baseUrl}/api/v1/beneficiaries/a3/payments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${operatorKey}` },
    body: JSON.stringify({
      period: '2024-02',
      amount: 300_000,
      channel: 'cash',
      reference: 'KW-a3-2024-02',
      paidOn: '2024-02-20',
    }),
  });
  if (paid.status !== 201)
    throw new Error(`the seeded payment was refused: ${paid.status} ${await paid.text()}`);
  const dataSource = test.app.get<DataSource>(DATA_SOURCE);
  let alertId = '';
  await waitUntil(async () => {
    const [row] = await dataSource.query<{ alert_id: string }[]>(
      `select alert_id from alert_view where rule_code = 'PAYMENT.NOT_APPROVED' and village_code = $1`,
      [A],
    );
    alertId = row?.alert_id ?? '';
    return alertId !== '';
  }, 'the seeded alert');
  await test.caughtUp();
  return { alertId, positions };
}
