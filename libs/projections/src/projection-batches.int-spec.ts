import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CONSUMERS_SCHEMA, deliverInProcess, type DeliveredEvent } from '@saksi/consumers';
import { combineSchemas, openStorage, type Storage } from '@saksi/database';
import { catalogue } from '@saksi/events';
import {
  EVENT_STORE_SCHEMA,
  type NewEvent,
  PostgresEventStore,
  type RecordedEvent,
} from '@saksi/event-store';
import { generatedLog } from '@saksi/generator';
import { hmacPseudonymiser } from '@saksi/relay';
import { createTestDatabase, type TestDatabase } from '@saksi/testing';
import type { Projection } from './projection.js';
import { PROJECTIONS } from './projections.js';
import { PROJECTIONS_SCHEMA } from './projections.schema.js';
import { createPrivateTables } from './runner/private-tables.js';

type Rows = Record<string, Record<string, unknown>[]>;

/**
 * A batch is applied set by set (see runner/waves.ts); one event at a time is the meaning it must
 * keep. The log is a generated programme year (registrations, approvals, payments that fail and are
 * reversed, exits, deaths, suspensions, training, grievances, corrections) with a tail of what the
 * year lacks: alerts through their whole triage, findings, and a correction of every kind the read
 * models apply, several of them touching a row that other events of the same batch touch too.
 */
describe('read models applied in batches', () => {
  let database: TestDatabase;
  let storage: Storage;
  let delivered: DeliveredEvent[];
  const oneByOne = new Map<string, Rows>();

  beforeAll(async () => {
    database = await createTestDatabase('projection_batches');
    storage = await openStorage(
      { mode: 'postgres', url: database.url },
      combineSchemas([EVENT_STORE_SCHEMA, CONSUMERS_SCHEMA, PROJECTIONS_SCHEMA]),
    );
    const store = new PostgresEventStore(storage.dataSource);
    await store.session(async (session) => {
      // Versions as the generator counts them, which leaves out villages beyond the first six.
      for await (const { streamId, events } of generatedLog({ area: '32.01', seed: 11, villages: 6 }))
        await session.append(streamId, events, 'any');
    });
    const year = await store.readAll({ limit: 100_000 });
    for (const { streamId, event } of tail(year)) await store.append(streamId, [event], 'any');
    const pseudonymise = hmacPseudonymiser('k'.repeat(64));
    delivered = (await store.readAll({ limit: 100_000 })).map((event) =>
      deliverInProcess(event, pseudonymise),
    );
    for (const projection of PROJECTIONS) oneByOne.set(projection.name, await applyInBatches(projection, 1));
  });

  afterAll(async () => {
    await storage?.close();
    await database?.drop();
  });

  it('fills every table of every read model from the log', () => {
    for (const [name, rows] of oneByOne)
      for (const [table, content] of Object.entries(rows))
        expect([name, table, content.length > 0]).toEqual([name, table, true]);
  });

  it('puts corrected payments, allocations and attendance back corrected, and triages alerts in order', () => {
    const rows = (name: string, table: string) => oneByOne.get(name)![table]!;
    const corrected = (event: DeliveredEvent) => event.type === 'event.corrected';
    const correctionOf = (type: string) =>
      delivered
        .filter(corrected)
        .map((event) => event.data as { correctsEventId: string; correctsType: string })
        .filter((data) => data.correctsType === type)
        .map((data) => data.correctsEventId);
    const paymentIds = correctionOf('payment.paid');
    const payments = rows('beneficiaries', 'payment_event_view').filter((row) =>
      paymentIds.includes(row.event_id as string),
    );
    expect(payments).toHaveLength(paymentIds.length);
    expect(payments.map((row) => (row.data as { paidOn: string }).paidOn)).toContain('2024-12-30');
    expect(rows('programmes', 'village_allocation_view').map((row) => row.allocation)).toContain('123000000');
    const [attendanceId] = correctionOf('training.attendance-recorded');
    const attendance = rows('training', 'training_attendance_view').find(
      (row) => row.event_id === attendanceId,
    );
    expect(attendance?.attended_at).toEqual(new Date('2024-06-10T02:00:00Z'));
    expect(
      rows('alerts', 'alert_view')
        .map((row) => [row.status, row.level, row.acknowledged_at !== null, row.closing_note])
        .sort(),
    ).toEqual([
      ['dismissed', 0, false, 'Data lapangan benar'],
      ['open', 0, false, null],
      ['resolved', 2, true, 'Dana dikembalikan ke kas desa.'],
    ]);
  });

  it.each(PROJECTIONS.map((projection) => [projection.name, projection] as const))(
    'leaves the %s tables row for row as one event at a time does, in batches of 5,000 or 7',
    async (name, projection) => {
      expect(delivered.length).toBeLessThan(5_000);
      expect(await applyInBatches(projection, 5_000)).toEqual(oneByOne.get(name));
      expect(await applyInBatches(projection, 7)).toEqual(oneByOne.get(name));
    },
  );

  /** The projection's rows after applying the whole log in batches, in private copies of its tables. */
  function applyInBatches(projection: Projection, size: number): Promise<Rows> {
    return storage.dataSource.transaction(async (manager) => {
      await createPrivateTables(manager, projection.tables);
      for (let start = 0; start < delivered.length; start += size)
        await projection.handle(delivered.slice(start, start + size), manager);
      const rows: Rows = {};
      for (const table of projection.tables)
        rows[table] = await manager.query(`select * from ${table} t order by t::text`);
      return rows;
    });
  }
});

/** What the generated year lacks, on top of it; each event in the newest version of its type. */
function tail(year: RecordedEvent[]): { streamId: string; event: NewEvent }[] {
  const first = (type: string) => year.find((event) => event.type === type)!;
  const registration = first('beneficiary.registered');
  const kpmId = (registration.data as { kpmId: string }).kpmId;
  const grievance = first('grievance.filed');
  const session = first('training.scheduled');
  const attendance = first('training.attendance-recorded');
  const allocation = first('programme.village-allocation-set');
  const villageCode = (allocation.data as { villageCode: string }).villageCode;
  const otherVillage = year
    .map((event) => (event.data as { villageCode?: string }).villageCode)
    .find((code) => code && code !== villageCode)!;
  const correct = (target: RecordedEvent, fields: Record<string, unknown>) =>
    event(target.streamId, 'event.corrected', {
      correctsEventId: target.eventId,
      correctsType: target.type,
      reason: 'Salah ketik',
      fields,
    });
  const [raised, dismissed, untouched] = [randomUUID(), randomUUID(), randomUUID()];
  const triage = (type: string, alertId: string, data: object = {}) =>
    event(`alert-${alertId}`, type, { alertId, ...data });
  const payment = year.find(
    (event) => event.type === 'payment.paid' && (event.data as { kpmId: string }).kpmId === kpmId,
  )!;
  return [
    raise(raised, villageCode),
    triage('alert.acknowledged', raised),
    triage('alert.escalated', raised, { level: 2, reason: 'Tidak ditanggapi' }),
    triage('alert.escalated', raised, { level: 1, reason: 'Salah tingkat' }),
    raise(dismissed, otherVillage),
    triage('alert.resolved', raised, { resolution: 'Dana dikembalikan ke kas desa.' }),
    triage('alert.acknowledged', raised),
    raise(raised, otherVillage),
    triage('alert.dismissed', dismissed, { reason: 'Data lapangan benar' }),
    raise(untouched, null),
    // The family moves village, then is paid again: the payment must land in the new village.
    correct(registration, { villageCode: otherVillage, hamlet: 'Dusun Baru' }),
    event(payment.streamId, 'payment.paid', {
      ...(payment.data as object),
      paymentId: `${kpmId}-extra`,
      reference: 'KOREKSI-1',
    }),
    correct(payment, { paidOn: '2024-12-30' }),
    event(registration.streamId, 'beneficiary.verified', { kpmId }),
    event(registration.streamId, 'beneficiary.suspended', { kpmId, reason: 'Verifikasi ulang' }),
    event(registration.streamId, 'beneficiary.reinstated', { kpmId }),
    event(registration.streamId, 'beneficiary.suspended', { kpmId, reason: 'Verifikasi ulang' }),
    correct(allocation, { allocation: 123_000_000 }),
    correct(session, { topic: 'Pembukuan warung', capacity: 12 }),
    correct(attendance, { attendedAt: '2024-06-10T02:00:00Z' }),
    correct(grievance, { category: 'service', villageCode: otherVillage }),
    event(grievance.streamId, 'grievance.answered', {
      grievanceId: (grievance.data as { grievanceId: string }).grievanceId,
      answer: 'Jawaban kedua, yang tidak dihitung.',
    }),
    finding('f-1', villageCode, [registration.eventId, payment.eventId]),
    finding('f-2', otherVillage, []),
  ];
}

function raise(alertId: string, villageCode: string | null) {
  return event(`alert-${alertId}`, 'alert.raised', {
    alertId,
    ruleCode: 'PAYMENT.NOT_APPROVED',
    severity: 'high',
    alertKey: `key-${alertId}-${villageCode}`,
    villageCode,
    programmeId: null,
    subject: 'Pembayaran sebelum persetujuan',
    evidence: [3, 1, 2],
    details: { months: 2, late: true, note: null },
    configVersion: 'v1',
  });
}

function finding(findingId: string, villageCode: string, relatedEventIds: string[]) {
  return event(`finding-${findingId}`, 'finding.recorded', {
    findingId,
    forum: 'BPD',
    forumName: 'BPD Desa',
    villageCode,
    summary: 'Dua keluarga menerima ganda.',
    evidenceRefs: ['BA-01'],
    relatedEventIds,
  });
}

function event(streamId: string, type: string, data: object): { streamId: string; event: NewEvent } {
  catalogue.validate({ type, data });
  return {
    streamId,
    event: {
      type,
      schemaVersion: catalogue.currentVersion(type),
      data,
      metadata: { actor: 'operator-a', source: 'script' },
      occurredAt: new Date('2024-11-05T03:00:00Z'),
    },
  };
}
