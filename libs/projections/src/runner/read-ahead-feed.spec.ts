import { describe, expect, it } from '@jest/globals';
import type { DeliveredEvent } from '@saksi/consumers';
import type { LogReader, RecordedEvent } from '@saksi/event-store';
import { ReadAheadFeed } from './read-ahead-feed.js';

function logOf(count: number): RecordedEvent[] {
  return Array.from({ length: count }, (_, index) => ({
    position: index + 1,
    eventId: `0193a1b2-0000-7000-8000-${String(index + 1).padStart(12, '0')}`,
    streamId: 'training-s1',
    streamVersion: index + 1,
    type: 'training.held',
    schemaVersion: 1,
    data: { sessionId: 's1' },
    metadata: { actor: 'operator-a', source: 'script' },
    occurredAt: new Date('2024-02-10T04:00:00Z'),
    recordedAt: new Date('2024-02-10T04:00:01Z'),
    hash: 'ab'.repeat(32),
  }));
}

/** A log in memory that notes each read as it starts. */
function readerOf(log: RecordedEvent[], reads: number[]): LogReader {
  return {
    readAll: ({ after = 0, limit = 500 } = {}) => {
      reads.push(after);
      return Promise.resolve(log.filter((event) => event.position > after).slice(0, limit));
    },
    head: () => Promise.resolve({ position: log.length, hash: '' }),
  };
}

const positions = (events: DeliveredEvent[]) => events.map((event) => event.position);
const options = { from: 0, batchSize: 5, idleWaitMs: 5 };

describe('read-ahead feed', () => {
  it('hands over every batch in log order, reading the next while a full one is applied', async () => {
    const reads: number[] = [];
    const batches: number[][] = [];
    const readsWhileApplying: number[][] = [];
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const feed = new ReadAheadFeed(
      readerOf(logOf(12), reads),
      (value) => value,
      async (events) => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        readsWhileApplying.push([...reads]);
        batches.push(positions(events));
        if (events[events.length - 1]!.position === 12) done();
      },
      options,
    ).start();
    await finished;
    await feed.stop();
    expect(batches).toEqual([
      [1, 2, 3, 4, 5],
      [6, 7, 8, 9, 10],
      [11, 12],
    ]);
    // The read after 5 began while the first batch was applied; none after the short last batch.
    expect(readsWhileApplying[0]).toEqual([0, 5]);
    expect(readsWhileApplying[2]).toEqual([0, 5, 10]);
  });

  it('hands a batch the handler failed on over again, and goes on from there', async () => {
    const batches: number[][] = [];
    let failures = 0;
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const feed = new ReadAheadFeed(
      readerOf(logOf(7), []),
      (value) => value,
      (events) => {
        batches.push(positions(events));
        if (events[0]!.position === 1 && failures++ < 2) return Promise.reject(new Error('down'));
        if (events[events.length - 1]!.position === 7) done();
        return Promise.resolve();
      },
      options,
    ).start();
    await finished;
    await feed.stop();
    expect(batches).toEqual([
      [1, 2, 3, 4, 5],
      [1, 2, 3, 4, 5],
      [1, 2, 3, 4, 5],
      [6, 7],
    ]);
  });

  it('starts after the given position and waits, caught up, for more', async () => {
    const reads: number[] = [];
    const batches: number[][] = [];
    const feed = new ReadAheadFeed(
      readerOf(logOf(3), reads),
      (value) => value,
      (events) => {
        batches.push(positions(events));
        return Promise.resolve();
      },
      { ...options, from: 1 },
    ).start();
    await new Promise((resolve) => setTimeout(resolve, 30));
    await feed.stop();
    expect(batches).toEqual([[2, 3]]);
    expect(new Set(reads)).toEqual(new Set([1, 3]));
  });
});
