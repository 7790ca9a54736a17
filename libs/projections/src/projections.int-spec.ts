import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CONSUMERS_SCHEMA, type DeliveredEvent } from '@saksi/consumers';
import { combineSchemas, openStorage, type Storage } from '@saksi/database';
import { EVENT_STORE_SCHEMA, PostgresEventStore } from '@saksi/event-store';
import { hmacPseudonymiser } from '@saksi/relay';
import { createTestDatabase, type TestDatabase } from '@saksi/testing';
import type { EntityManager } from 'typeorm';
import { figuresAsOf } from './history/as-of.js';
import { figureProvenance } from './figures/figure-provenance.js';
import { liveFigures } from './figures/live-figures.js';
import { parsePeriod } from './figures/period.js';
import type { ProgrammeFigures } from './figures/programme-figures.js';
import type { Projection } from './projection.js';
import { PROJECTIONS } from './projections.js';
import { PROJECTIONS_SCHEMA } from './projections.schema.js';
import { followLogInProcess } from './runner/live-projections.js';
import { projectionStatus } from './runner/projection-status.js';
import { rebuildProjection } from './runner/rebuild-projection.js';
import { A, B, C, PROGRAMME, scriptedProgramme } from './testing/scripted-programme.js';

const counts = (registered: number, approved: number, active: number, exited: number) => ({
  registered,
  approved,
  active,
  exited,
});

describe('projections: figures, roll-ups, as-of, rebuild and crash safety on real PostgreSQL', () => {
  let database: TestDatabase;
  let storage: Storage;
  let store: PostgresEventStore;
  const positions = new Map<string, number>();
  const pseudonymise = hmacPseudonymiser(randomBytes(32).toString('hex'));
  const figures = (area: string, period: string) =>
    liveFigures(storage.dataSource, { area, programmeId: PROGRAMME, period: parsePeriod(period) });

  beforeAll(async () => {
    database = await createTestDatabase('projections');
    storage = await openStorage(
      { mode: 'postgres', url: database.url },
      combineSchemas([EVENT_STORE_SCHEMA, CONSUMERS_SCHEMA, PROJECTIONS_SCHEMA]),
    );
    store = new PostgresEventStore(storage.dataSource);
    for (const { label, streamId, event } of scriptedProgramme()) {
      const result = await store.append(streamId, [event], 'any');
      positions.set(label, result.events[0]!.position);
    }
    const live = await followLogInProcess(store, storage.dataSource, pseudonymise);
    await live.waitFor((await store.head()).position);
    await live.stop();
  });

  afterAll(async () => {
    await storage?.close();
    await database?.drop();
  });

  it("gives village A's first quarter exactly as computed by hand", async () => {
    const q1 = await figures(A, '2024-Q1');
    expect(q1.area).toEqual({ code: A, level: 'village' });
    expect(q1.period).toMatchObject({ from: '2024-01-01', to: '2024-03-31' });
    expect(q1.funds).toEqual({
      villages: 1,
      danaDesa: 1_000_000_000,
      allocation: 200_000_000,
      allocationShare: 0.2,
    });
    // a1 active; a2 exited in February; a3 never approved; a4 suspended in March.
    expect(q1.kpm).toEqual({
      ...counts(4, 3, 1, 1),
      bySex: { F: counts(2, 1, 1, 0), M: counts(2, 2, 0, 1) },
      byAgeGroup: {
        youth: counts(1, 1, 0, 1),
        adult: counts(2, 1, 0, 0),
        elderly: counts(1, 1, 1, 0),
        unknown: counts(0, 0, 0, 0),
      },
    });
    expect(q1.payments).toEqual({
      due: 300_000,
      paid: 1_200_000,
      paidCount: 4,
      failed: 300_000,
      failedCount: 1,
      reversed: 300_000,
      late: 1,
    });
    expect(q1.training).toEqual({
      sessionsHeld: 1,
      attendance: 2,
      attendanceBySex: { F: 1, M: 1 },
      kpmTrained: 1,
      kpmTrainedShare: 1,
      kpmTrainedBySex: { F: 1, M: 0 },
    });
    expect(q1.grievances).toEqual({ filed: 2, answered: 1, medianDaysToAnswer: 3 });
    expect(q1.asOf.position).toBe((await store.head()).position);
  });

  it('counts a family as it stood at the end of each month', async () => {
    const january = await figures(A, '2024-01');
    expect([january.kpm.registered, january.kpm.active, january.kpm.exited]).toEqual([3, 3, 0]);
    expect(january.payments.paid).toBe(900_000);
    const february = await figures(A, '2024-02');
    expect([february.kpm.registered, february.kpm.active, february.kpm.exited]).toEqual([4, 2, 1]);
    expect([february.payments.paid, february.payments.late]).toEqual([300_000, 1]);
  });

  it('counts a death from the day it happened, though it was recorded later', async () => {
    const year = await figures(C, '2024');
    expect([year.kpm.approved, year.kpm.active, year.kpm.exited]).toEqual([1, 0, 1]);
    expect(year.kpm.byAgeGroup.elderly).toEqual(counts(1, 1, 0, 1));
    const april = await figures(C, '2024-04');
    expect(april.kpm.active).toBe(1);
  });

  it('rolls up to district, regency, province and nation as the exact sum of the villages', async () => {
    const summable = (f: ProgrammeFigures) => ({
      funds: [f.funds.villages, f.funds.danaDesa, f.funds.allocation],
      kpm: [f.kpm.registered, f.kpm.approved, f.kpm.active, f.kpm.exited, f.kpm.bySex.F.active],
      payments: [f.payments.due, f.payments.paid, f.payments.failed, f.payments.reversed, f.payments.late],
      training: [f.training.sessionsHeld, f.training.attendance, f.training.kpmTrained],
      grievances: [f.grievances.filed, f.grievances.answered],
    });
    const sum = (...parts: ReturnType<typeof summable>[]) =>
      Object.fromEntries(
        Object.keys(parts[0]!).map((key) => [
          key,
          parts[0]![key as keyof ReturnType<typeof summable>].map((_, index) =>
            parts.reduce((total, part) => total + part[key as keyof typeof part][index]!, 0),
          ),
        ]),
      );
    for (const period of ['2024', '2024-Q1', '2024-03']) {
      const [a, b, c] = await Promise.all([A, B, C].map((village) => figures(village, period)));
      const district = await figures('11.01.01', period);
      expect(summable(district)).toEqual(sum(summable(a!), summable(b!)));
      for (const area of ['11.01', '11', '']) {
        const rolled = await figures(area, period);
        expect(summable(rolled)).toEqual(sum(summable(a!), summable(b!), summable(c!)));
      }
    }
    const district = await figures('11.01.01', '2024-Q1');
    expect([district.funds.allocationShare, district.payments.paid]).toEqual(
      [320 / 1800, 2_100_000].map((value, index) =>
        index === 0 ? Math.round(value * 10_000) / 10_000 : value,
      ),
    );
  });

  it('gives the historic figure as of a past position, after later events changed it', async () => {
    const beforeExit = positions.get('a2.exited')! - 1;
    const then = await figuresAsOf(storage.dataSource, pseudonymise, {
      area: A,
      programmeId: PROGRAMME,
      period: parsePeriod('2024-Q1'),
      asOf: { position: beforeExit },
    });
    expect(then.asOf.position).toBe(beforeExit);
    // Then a2 had not exited and a4 was not yet suspended: three active, nothing reversed or failed.
    expect([then.kpm.registered, then.kpm.active, then.kpm.exited]).toEqual([4, 3, 0]);
    expect([then.payments.paid, then.payments.reversed, then.payments.failed]).toEqual([900_000, 0, 0]);
    expect([then.training.attendance, then.grievances.filed, then.grievances.answered]).toEqual([2, 1, 1]);
    const now = await figuresAsOf(storage.dataSource, pseudonymise, {
      area: A,
      programmeId: PROGRAMME,
      period: parsePeriod('2024-Q1'),
      asOf: { position: Number.MAX_SAFE_INTEGER },
    });
    expect({ ...now, asOf: null }).toEqual({ ...(await figures(A, '2024-Q1')), asOf: null });
    const beforeAnything = await figuresAsOf(storage.dataSource, pseudonymise, {
      area: A,
      programmeId: PROGRAMME,
      period: parsePeriod('2024-Q1'),
      asOf: { date: '2020-01-01' },
    });
    expect([
      beforeAnything.asOf.position,
      beforeAnything.kpm.registered,
      beforeAnything.funds.allocation,
    ]).toEqual([0, 0, 0]);
  });

  it('lists the events behind a figure, as the public may see them', async () => {
    const paid = await figureProvenance(storage.dataSource, pseudonymise, {
      area: A,
      programmeId: PROGRAMME,
      period: parsePeriod('2024-Q1'),
      figure: 'payments.paid',
    });
    expect(paid.total).toBe(4);
    expect(paid.entries.map((entry) => entry.position)).toEqual(
      ['a1.2024-01.paid', 'a2.2024-01.paid', 'a4.2024-01.paid', 'a1.2024-02.paid'].map((label) =>
        positions.get(label),
      ),
    );
    const registered = await figureProvenance(storage.dataSource, pseudonymise, {
      area: A,
      programmeId: PROGRAMME,
      period: parsePeriod('2024-Q1'),
      figure: 'kpm.registered',
    });
    // Hashes are hex and may hold sixteen decimal digits in a row: leave them out of the scan.
    const text = JSON.stringify(registered.entries.map(({ hash: _hash, ...entry }) => entry));
    expect(registered.entries).toHaveLength(4);
    expect(text).not.toMatch(/Kepala|\d{16}|\*{6}|hmac:/);
    expect(registered.entries[0]!.data).toMatchObject({
      head: { name: 'K. A.', sex: 'F', birthDate: '1950' },
    });
    // Why a family left, or when someone died, is not for the public either.
    const exited = await figureProvenance(storage.dataSource, pseudonymise, {
      area: '',
      programmeId: PROGRAMME,
      period: parsePeriod('2024'),
      figure: 'kpm.exited',
    });
    expect(exited.entries.map((entry) => entry.type)).toEqual(['beneficiary.exited', 'beneficiary.deceased']);
    expect(JSON.stringify(exited)).not.toMatch(/Pindah domisili|2024-05-01|reason|dateOfDeath/);
  });

  it('rebuilds each projection from position zero into rows equal to the live ones, row for row', async () => {
    for (const projection of PROJECTIONS) {
      const before = await snapshot(storage.dataSource.manager, projection);
      const report = await rebuildProjection(storage.dataSource, projection, pseudonymise);
      expect(report.position).toBe((await store.head()).position);
      expect(report.events).toBe(report.position);
      expect(await snapshot(storage.dataSource.manager, projection)).toEqual(before);
    }
    const status = await projectionStatus(storage.dataSource);
    expect(status.every((entry) => entry.lagEvents === 0)).toBe(true);
  });

  it('counts nothing twice when a batch crashes between the read-model write and the checkpoint', async () => {
    const crashed = await createTestDatabase('projections_crash');
    const crashStorage = await openStorage(
      { mode: 'postgres', url: crashed.url },
      combineSchemas([EVENT_STORE_SCHEMA, CONSUMERS_SCHEMA, PROJECTIONS_SCHEMA]),
    );
    try {
      const crashStore = new PostgresEventStore(crashStorage.dataSource);
      for (const { streamId, event } of scriptedProgramme())
        await crashStore.append(streamId, [event], 'any');
      let crashes = 0;
      // The effect is written in the batch's transaction, then the process "dies" before the
      // checkpoint is stored: the transaction never commits, and the retry applies the batch once.
      const crashing = PROJECTIONS.map((projection): Projection => ({
        ...projection,
        async handle(events: DeliveredEvent[], manager: EntityManager) {
          await projection.handle(events, manager);
          if (crashes++ < PROJECTIONS.length * 2)
            throw new Error('crash after the write, before the checkpoint');
        },
      }));
      const live = await followLogInProcess(crashStore, crashStorage.dataSource, pseudonymise, crashing);
      await live.waitFor((await crashStore.head()).position);
      await live.stop();
      expect(crashes).toBeGreaterThan(PROJECTIONS.length * 2);
      const after = await liveFigures(crashStorage.dataSource, {
        area: A,
        programmeId: PROGRAMME,
        period: parsePeriod('2024-Q1'),
      });
      expect({ ...after, asOf: null }).toEqual({ ...(await figures(A, '2024-Q1')), asOf: null });
    } finally {
      await crashStorage.close();
      await crashed.drop();
    }
  });
});

async function snapshot(manager: EntityManager, projection: Projection): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of projection.tables)
    tables[table] = await manager.query(`select * from ${table} order by 1`);
  return tables;
}
