import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Storage } from '@saksi/database';
import { PostgresEventStore, readLogWith, verifyLog } from '@saksi/event-store';
import { eraseFamily } from '../erasure/erase-family.js';
import { sealPersonalData } from '../seal-personal-data.js';
import { attendance, correction, grievance, registration, SECRETS } from './family-events.js';

/**
 * The log with personal data sealed, against a real database: what is stored, what is read, what an
 * erasure changes and what it leaves (the chain). Runs unchanged on every storage mode.
 */
export function describeSealedLog(adapter: string, open: () => Promise<Storage>): void {
  describe(`personal data sealed in the log (${adapter})`, () => {
    let storage: Storage;
    let store: PostgresEventStore;
    const raw = async (eventId: string) =>
      (
        await storage.dataSource.query<{ data: string }[]>(
          'select data::text as data from event_log where event_id = $1',
          [eventId],
        )
      )[0]!.data;
    const keyRow = async (subject: string) =>
      (
        await storage.dataSource.query<{ wrapped: boolean; erased: boolean }[]>(
          `select wrapped_key is not null as wrapped, erased_at is not null as erased
             from personal_data_key where subject = $1`,
          [subject],
        )
      )[0];

    beforeAll(async () => {
      storage = await open();
      await sealPersonalData(storage.dataSource, randomBytes(32));
      store = new PostgresEventStore(storage.dataSource);
    }, 60_000);
    afterAll(() => storage?.close());

    it('stores no personal field in clear, and every read gives them back', async () => {
      const event = registration('kpm-a');
      const [stored] = (await store.append('kpm-kpm-a', [event], 'no-stream')).events;
      const text = await raw(stored!.eventId);
      for (const secret of SECRETS) expect(text).not.toContain(secret);
      expect(text).toContain('"pd1:kpm:kpm-a:');
      expect(text).toContain('"villageCode": "32.01.01.2001"');

      const slice = { after: stored!.position - 1, upTo: stored!.position, limit: 10 };
      for (const read of [
        await store.readStream('kpm-kpm-a'),
        await store.eventsById([stored!.eventId]),
        await store.readAll(slice),
        await readLogWith(storage.dataSource.manager, slice),
      ])
        expect(read.map((e) => e.data)).toEqual([event.data]);
      const [asStored] = await store.readAll({ ...slice, asStored: true });
      expect(JSON.stringify(asStored!.data)).not.toContain('Siti Aminah');
      expect((await verifyLog(store)).ok).toBe(true);
    });

    it("seals a correction, a member's attendance and a grievance's contact under their subjects", async () => {
      const [registered] = (await store.append('kpm-kpm-b', [registration('kpm-b')], 'no-stream')).events;
      const fixed = correction(registered!.eventId, { kkNumber: '3201019999990001', hamlet: 'Dusun II' });
      const results = [
        await store.append('kpm-kpm-b', [fixed], 1),
        await store.append('training-s-1', [attendance('kpm-b', '2012-03-01')], 'any'),
        await store.append('grievance-g-1', [grievance('g-1', 'wa 0812 3456 7890')], 'no-stream'),
      ];
      const [corrected, attended, filed] = await Promise.all(results.map((r) => raw(r.events[0]!.eventId)));
      expect(corrected).toContain('"kkNumber": "pd1:kpm:kpm-b:');
      expect(corrected).toContain('"hamlet": "Dusun II"');
      expect(attended).toContain('"birthDate": "pd1:kpm:kpm-b:');
      expect(filed).toContain('"contact": "pd1:grievance:g-1:');
      for (const text of [corrected, attended, filed])
        expect(text).not.toMatch(/3201019999990001|2012-03-01|0812/);
      const read = await store.eventsById(results.map((r) => r.events[0]!.eventId));
      expect(read.map((e) => e.data)).toEqual([
        fixed.data,
        attendance('kpm-b', '2012-03-01').data,
        grievance('g-1', 'wa 0812 3456 7890').data,
      ]);
    });

    it('recognises a retried append as the same content: sealing the same event gives the same bytes', async () => {
      const events = [registration('kpm-c', '0193a1b2-0000-7000-8000-00000000c001')];
      const first = await store.append('kpm-kpm-c', events, 'no-stream');
      const again = await store.append('kpm-kpm-c', events, 'no-stream');
      expect(again.duplicate).toBe(true);
      expect(again.events).toEqual(first.events);
      const changed = [registration('kpm-c', events[0]!.eventId, '3201014507800002')];
      await expect(store.append('kpm-kpm-c', changed, 'any')).rejects.toMatchObject({
        code: 'EVENT.ID_REUSED',
      });
    });

    it('makes a family its key in the transaction that appends: a session that fails leaves none', async () => {
      await expect(
        store.session(async (session) => {
          await session.append('kpm-kpm-d', [registration('kpm-d')], 'no-stream');
          expect(await session.readStream('kpm-kpm-d')).toHaveLength(1);
          throw new Error('planted failure');
        }),
      ).rejects.toThrow('planted failure');
      expect(await keyRow('kpm:kpm-d')).toBeUndefined();
      await store.session((session) => session.append('kpm-kpm-d', [registration('kpm-d')], 'no-stream'));
      expect(await keyRow('kpm:kpm-d')).toEqual({ wrapped: true, erased: false });
    });

    it("reads an erased family's personal fields as absent, refuses new ones, and the chain still holds", async () => {
      const [registered] = (await store.append('kpm-kpm-e', [registration('kpm-e')], 'no-stream')).events;
      await store.append('training-s-1', [attendance('kpm-e', '1980-07-05')], 'any');
      const other = (await store.append('kpm-kpm-f', [registration('kpm-f')], 'no-stream')).events[0]!;
      const before = await store.head();
      const stored = await raw(registered!.eventId);

      const erasure = await eraseFamily(store, storage.dataSource, {
        kpmId: 'kpm-e',
        reason: 'court order 12/2025',
        actor: 'admin-test',
        source: 'jest',
      });
      expect(erasure.event.position).toBe(before.position + 1);
      expect(await keyRow('kpm:kpm-e')).toEqual({ wrapped: false, erased: true });

      const [read] = await store.eventsById([registered!.eventId]);
      expect(read!.data).toEqual({
        kpmId: 'kpm-e',
        programmeId: 'blt-2024',
        villageCode: '32.01.01.2001',
        head: { sex: 'F' },
        members: [{ sex: 'M' }, { sex: 'F' }],
        sourceList: 'P3KE',
        otherAid: [],
      });
      const attended = (await store.readStream('training-s-1')).filter((e) =>
        JSON.stringify(e.data).includes('kpm-e'),
      );
      expect(attended.map((e) => e.data)).toEqual([{ ...(attendance('kpm-e').data as object) }]);
      expect((await store.eventsById([other.eventId]))[0]!.data).toEqual(registration('kpm-f').data);

      await expect(
        store.append('training-s-1', [attendance('kpm-e', '1980-07-05')], 'any'),
      ).rejects.toMatchObject({
        code: 'PERSONAL_DATA.ERASED',
      });
      // Appends that arrive together share one commit: the one refused leaves the others alone.
      const together = await Promise.allSettled([
        store.append('training-s-2', [attendance('kpm-f', '1980-07-05')], 'any'),
        store.append('training-s-2', [attendance('kpm-e', '1980-07-05')], 'any'),
        store.append('training-s-1', [attendance('kpm-e')], 'any'),
      ]);
      expect(together.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((together[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'PERSONAL_DATA.ERASED' });
      await expect(
        eraseFamily(store, storage.dataSource, {
          kpmId: 'kpm-e',
          reason: 'again',
          actor: 'a',
          source: 'jest',
        }),
      ).rejects.toMatchObject({ code: 'PERSONAL_DATA.ALREADY_ERASED' });

      expect(await raw(registered!.eventId)).toBe(stored);
      expect(await verifyLog(store, { anchors: [before] })).toMatchObject({ ok: true });
    });

    it('will not start with a master key that does not open the keys already made', async () => {
      await expect(sealPersonalData(storage.dataSource, randomBytes(32))).rejects.toThrow(
        'SAKSI_PERSONAL_DATA_KEY does not open the data keys of this database',
      );
    });
  });
}
