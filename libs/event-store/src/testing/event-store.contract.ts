import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { RecordedEvent } from '../event.js';
import type { EventStore } from '../event-store.port.js';
import {
  EventIdReused,
  EventStoreError,
  InvalidEvent,
  StreamVersionConflict,
} from '../event-store.errors.js';
import { GENESIS_HASH } from '../hash-chain.js';
import type { CheckpointStore } from '../subscription/checkpoint-store.port.js';
import { startDurableSubscription } from '../subscription/durable-subscription.js';
import { verifyLog } from '../verification/verify-log.js';
import { sampleEvent, withId } from './sample-events.js';

export interface ContractSubject {
  store: EventStore;
  checkpoints: CheckpointStore;
  close(): Promise<void>;
}

/** The event store's contract: every adapter runs this suite unchanged. */
export function describeEventStoreContract(adapter: string, open: () => Promise<ContractSubject>): void {
  describe(`event store contract (${adapter})`, () => {
    let subject: ContractSubject;
    let store: EventStore;
    let streamCounter = 0;
    const newStream = () => `kpm-${Date.now()}-${++streamCounter}`;

    beforeAll(async () => {
      subject = await open();
      store = subject.store;
    }, 60_000);
    afterAll(async () => {
      await subject?.close();
    });

    it('starts empty with the genesis head', async () => {
      expect(await store.head()).toEqual({ position: 0, hash: GENESIS_HASH });
    });

    it('appends a stream and reads it back exactly, with versions, positions and hashes', async () => {
      const streamId = newStream();
      const input = [
        sampleEvent({ data: { step: 1, nested: { list: [1, 'a', null] } } }),
        sampleEvent({ type: 'test.other-thing' }),
      ];
      const result = await store.append(streamId, input, 'no-stream');
      expect(result.duplicate).toBe(false);
      expect(result.nextExpectedVersion).toBe(2);
      expect(result.events.map((e) => e.streamVersion)).toEqual([1, 2]);
      expect(result.events[1]!.position).toBe(result.events[0]!.position + 1);

      const read = await store.readStream(streamId);
      expect(read.map((e) => e.type)).toEqual(['test.something-happened', 'test.other-thing']);
      expect(read[0]!.data).toEqual({ step: 1, nested: { list: [1, 'a', null] } });
      expect(read[0]!.metadata).toEqual({ actor: 'operator-test', source: 'jest' });
      expect(read[0]!.occurredAt.toISOString()).toBe('2024-03-01T07:00:00.000Z');
      expect(read[0]!.recordedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect(read.map((e) => e.hash)).toEqual(result.events.map((e) => e.hash));
      expect(read[0]!.eventId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/); // UUIDv7 assigned
      expect(await store.streamVersion(streamId)).toBe(2);
    });

    it('numbers events gap-free across streams, in append order', async () => {
      const before = (await store.head()).position;
      for (let i = 0; i < 5; i++) await store.append(newStream(), [sampleEvent(), sampleEvent()], 'any');
      const events = await store.readAll({ after: before });
      expect(events.map((e) => e.position)).toEqual(Array.from({ length: 10 }, (_, i) => before + i + 1));
      expect((await store.head()).position).toBe(before + 10);
    });

    it('refuses an append at the wrong version with a conflict naming the stream and both versions', async () => {
      const streamId = newStream();
      await store.append(streamId, [sampleEvent(), sampleEvent()], 'no-stream');
      const headBefore = await store.head();
      const attempt = store.append(streamId, [sampleEvent()], 1);
      await expect(attempt).rejects.toBeInstanceOf(StreamVersionConflict);
      await expect(attempt).rejects.toMatchObject({
        code: 'STREAM.VERSION_CONFLICT',
        streamId,
        expectedVersion: 1,
        actualVersion: 2,
      });
      await expect(store.append(streamId, [sampleEvent()], 'no-stream')).rejects.toMatchObject({
        actualVersion: 2,
      });
      expect(await store.head()).toEqual(headBefore);
      expect(await store.streamVersion(streamId)).toBe(2);
    });

    it('lets exactly one of two writers at the same expected version win', async () => {
      const streamId = newStream();
      await store.append(streamId, [sampleEvent()], 'no-stream');
      const outcomes = await Promise.allSettled([
        store.append(streamId, [sampleEvent()], 1),
        store.append(streamId, [sampleEvent()], 1),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
      expect(rejected.reason).toBeInstanceOf(StreamVersionConflict);
      expect(await store.streamVersion(streamId)).toBe(2);
    });

    it('returns the first result when the same event ids are sent again, and stores nothing twice', async () => {
      const streamId = newStream();
      const events = [withId(), withId()];
      const first = await store.append(streamId, events, 'no-stream');
      const headAfterFirst = await store.head();
      // A retry after a lost answer still says "no-stream": idempotency is checked before the version.
      const again = await store.append(streamId, events, 'no-stream');
      expect(again.duplicate).toBe(true);
      expect(again.events).toEqual(first.events);
      expect(again.nextExpectedVersion).toBe(2);
      expect(await store.head()).toEqual(headAfterFirst);
      expect(await store.readStream(streamId)).toHaveLength(2);
    });

    it('stores a request once when identical retries race each other', async () => {
      const streamId = newStream();
      const events = [withId(), withId(), withId()];
      const results = await Promise.all(
        Array.from({ length: 6 }, () => store.append(streamId, events, 'no-stream')),
      );
      expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
      expect(new Set(results.map((r) => JSON.stringify(r.events))).size).toBe(1);
      expect(await store.readStream(streamId)).toHaveLength(3);
    });

    it('refuses an event id reused for different content, naming the id, and stores nothing', async () => {
      const streamId = newStream();
      const original = withId();
      await store.append(streamId, [original], 'no-stream');
      const headBefore = await store.head();
      const changed = { ...original, data: { tampered: true } };
      await expect(store.append(streamId, [changed], 'any')).rejects.toMatchObject({
        code: 'EVENT.ID_REUSED',
        eventIds: [original.eventId],
      });
      // Half old, half new is not a retry either.
      await expect(store.append(streamId, [original, withId()], 'any')).rejects.toBeInstanceOf(EventIdReused);
      await expect(store.append(newStream(), [original], 'any')).rejects.toBeInstanceOf(EventIdReused);
      expect(await store.head()).toEqual(headBefore);
    });

    it.each([
      ['an empty batch', () => []],
      ['a type that is not a dotted lower-case name', () => [sampleEvent({ type: 'BeneficiaryApproved' })]],
      ['a schema version of 0', () => [sampleEvent({ schemaVersion: 0 })]],
      ['an invalid date', () => [sampleEvent({ occurredAt: new Date('not a date') })]],
      ['a NaN amount', () => [sampleEvent({ data: { amount: Number.NaN } })]],
      ['a malformed event id', () => [sampleEvent({ eventId: 'not-a-uuid' })]],
      ['metadata without an actor', () => [sampleEvent({ metadata: { actor: '', source: 'jest' } })]],
      ['a good event followed by a bad one', () => [sampleEvent(), sampleEvent({ data: { x: Infinity } })]],
    ])('refuses %s as invalid and stores nothing', async (_label, events) => {
      const headBefore = await store.head();
      const attempt = store.append(newStream(), events(), 'any');
      await expect(attempt).rejects.toBeInstanceOf(InvalidEvent);
      await expect(attempt).rejects.toMatchObject({ code: 'EVENT.INVALID' });
      expect(await store.head()).toEqual(headBefore);
    });

    it('refuses a malformed stream id', async () => {
      await expect(store.append('', [sampleEvent()], 'any')).rejects.toBeInstanceOf(EventStoreError);
      await expect(store.append('a b', [sampleEvent()], 'any')).rejects.toMatchObject({
        code: 'EVENT.INVALID',
      });
    });

    it('reads the whole log forward in batches from any position', async () => {
      await store.append(
        newStream(),
        Array.from({ length: 25 }, () => sampleEvent()),
        'any',
      );
      const head = await store.head();
      const seen: RecordedEvent[] = [];
      let after = 0;
      for (;;) {
        const batch = await store.readAll({ after, limit: 7 });
        if (batch.length === 0) break;
        expect(batch.length).toBeLessThanOrEqual(7);
        seen.push(...batch);
        after = batch[batch.length - 1]!.position;
      }
      expect(seen.map((e) => e.position)).toEqual(Array.from({ length: head.position }, (_, i) => i + 1));
    });

    it('finds events by id, leaving out ids it does not hold', async () => {
      const stored = await store.append(newStream(), [withId(), withId()], 'no-stream');
      const ids = stored.events.map((e) => e.eventId);
      const found = await store.eventsById([
        ids[1]!,
        '0193a1b2-0000-7000-8000-00000000ffff',
        'not-a-uuid',
        ids[0]!,
      ]);
      expect(found.map((e) => e.eventId)).toEqual(ids);
    });

    it('commits a session whole: its reads see its own appends, across streams', async () => {
      const [a, b] = [newStream(), newStream()];
      const seen = await store.session(async (session) => {
        await session.append(a, [sampleEvent()], 'no-stream');
        await session.append(b, [sampleEvent(), sampleEvent()], 'no-stream');
        await session.append(a, [sampleEvent()], 1);
        return (await session.readStream(a)).length;
      });
      expect(seen).toBe(2);
      expect(await store.streamVersion(a)).toBe(2);
      expect(await store.streamVersion(b)).toBe(2);
      expect((await verifyLog(store)).ok).toBe(true);
    });

    it('rolls a failed session back whole, whatever it had appended', async () => {
      const [a, b] = [newStream(), newStream()];
      const headBefore = await store.head();
      await expect(
        store.session(async (session) => {
          await session.append(a, [sampleEvent()], 'no-stream');
          await session.append(b, [sampleEvent()], 'no-stream');
          await session.append(a, [sampleEvent()], 'no-stream'); // a conflict: a already exists
        }),
      ).rejects.toBeInstanceOf(StreamVersionConflict);
      expect(await store.head()).toEqual(headBefore);
      expect(await store.readStream(a)).toEqual([]);
      expect(await store.readStream(b)).toEqual([]);
    });

    it('reads a stream from a version', async () => {
      const streamId = newStream();
      await store.append(
        streamId,
        Array.from({ length: 5 }, () => sampleEvent()),
        'no-stream',
      );
      const tail = await store.readStream(streamId, { fromVersion: 4 });
      expect(tail.map((e) => e.streamVersion)).toEqual([4, 5]);
    });

    it('verifies its own hash chain up to the head', async () => {
      const result = await verifyLog(store, { batchSize: 13 });
      expect(result).toEqual({ ok: true, head: await store.head(), checked: (await store.head()).position });
    });

    it('resumes a named subscription from its checkpoint without repeating or skipping an event', async () => {
      const name = `contract-${Date.now()}`;
      const seen: number[] = [];
      const startHead = (await store.head()).position;
      await subject.checkpoints.save(name, startHead);
      const handler = (events: RecordedEvent[]) => {
        seen.push(...events.map((e) => e.position));
        return Promise.resolve();
      };
      const first = await startDurableSubscription(name, store, subject.checkpoints, handler, {
        idleWaitMs: 20,
      });
      const a = await store.append(newStream(), [sampleEvent(), sampleEvent(), sampleEvent()], 'any');
      await first.waitFor(a.events.at(-1)!.position);
      await first.stop();
      expect(await subject.checkpoints.load(name)).toBe(a.events.at(-1)!.position);

      const b = await store.append(newStream(), [sampleEvent(), sampleEvent()], 'any');
      const second = await startDurableSubscription(name, store, subject.checkpoints, handler, {
        idleWaitMs: 20,
      });
      await second.waitFor(b.events.at(-1)!.position);
      await second.stop();
      expect(seen).toEqual([...a.events, ...b.events].map((e) => e.position));
      expect(seen[0]).toBe(startHead + 1);
    });
  });
}
