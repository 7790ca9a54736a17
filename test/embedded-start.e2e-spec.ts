import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { openStorage } from '@saksi/database';
import { catalogue } from '@saksi/events';
import { EVENT_STORE_SCHEMA, GENESIS_HASH, PostgresEventStore } from '@saksi/event-store';
import { waitUntil } from '@saksi/testing';
import { runCli, startSaksi } from './support/saksi-process.js';

interface Health {
  status: string;
  storage: { mode: string };
  log: { headPosition: number; headHash: string };
  projections: { name: string; position: number; lagEvents: number }[];
}

const PROJECTIONS = ['programmes', 'beneficiaries', 'training', 'grievances', 'alerts'];

describe('npm start on the embedded default', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'saksi-e2e-'));
  const env = { SAKSI_DATA_DIR: dataDir, DATABASE_URL: '' };

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const health = async (url: string) => (await (await fetch(`${url}/health`)).json()) as Health;

  it('starts on an empty data folder with no server to install, and keeps its data across restarts', async () => {
    const first = await startSaksi(env);
    try {
      expect(await health(first.url)).toEqual({
        status: 'ok',
        storage: { mode: 'embedded', description: `embedded PGlite in ${dataDir}` },
        log: { headPosition: 0, headHash: GENESIS_HASH },
        projections: PROJECTIONS.map((name) => ({ name, position: 0, lagEvents: 0, lagSeconds: 0 })),
      });
    } finally {
      await first.stop();
    }

    // Record events while Saksi is stopped (the embedded database belongs to one process at a time).
    const storage = await openStorage({ mode: 'embedded', dataDir }, EVENT_STORE_SCHEMA);
    const store = new PostgresEventStore(storage.dataSource);
    for (const [index, kpmId] of ['a', 'b', 'c', 'd', 'e'].entries()) {
      const data = {
        kpmId,
        programmeId: 'blt-2024',
        villageCode: '11.01.01.2001',
        head: { name: 'Siti Aminah', nik: `110101450780000${index + 1}`, sex: 'F', birthDate: '1980-07-05' },
        members: [],
        sourceList: 'P3KE',
        otherAid: [],
      };
      await store.append(
        `kpm-${kpmId}`,
        [
          {
            type: 'beneficiary.registered',
            schemaVersion: 2,
            data: catalogue.validate({ type: 'beneficiary.registered', data }).data,
            metadata: { actor: 'operator-1', source: 'e2e' },
            // Recorded as it happens: an entry dated long before would be flagged (and logged) as backdated.
            occurredAt: new Date(),
          },
        ],
        'any',
      );
    }
    const head = await store.head();
    await storage.close();

    const second = await startSaksi(env);
    try {
      const after = await health(second.url);
      expect(after.log).toEqual({ headPosition: 5, headHash: head.hash });
      // The read models follow the log in process, from where they stopped.
      await waitUntil(
        async () => (await health(second.url)).projections.every((projection) => projection.position === 5),
        'the read models to catch up',
      );
    } finally {
      await second.stop();
    }

    const verified = runCli(['verify'], env);
    expect(verified.status).toBe(0);
    expect(verified.stdout).toContain(`head hash:     ${head.hash}`);
  }, 120_000);

  it('turns away a second process on the same data folder with an explanation', async () => {
    const running = await startSaksi(env);
    try {
      const result = runCli(['verify'], env);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`The data in ${dataDir} is in use by another Saksi process`);
      expect((await health(running.url)).status).toBe('ok');
    } finally {
      await running.stop();
    }
  }, 120_000);
});
