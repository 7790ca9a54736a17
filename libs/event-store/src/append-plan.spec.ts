import { describe, expect, it } from '@jest/globals';
import { type AppendOutcome, type LogSnapshot, type PendingAppend, planAppends } from './append-plan.js';
import type { ExpectedVersion } from './expected-version.js';
import { EventIdReused, StreamVersionConflict } from './event-store.errors.js';
import { chainHash, GENESIS_HASH } from './hash-chain.js';
import { validateAppend } from './new-event.validation.js';
import { sampleEvent, withId } from './testing/sample-events.js';
import type { NewEvent } from './event.js';

const now = new Date('2024-03-02T01:00:00.000Z');

function pending(streamId: string, events: NewEvent[], expectedVersion: ExpectedVersion): PendingAppend {
  return { streamId, events: validateAppend(streamId, events, expectedVersion), expectedVersion };
}

function snapshot(overrides: Partial<LogSnapshot> = {}): LogSnapshot {
  return {
    headPosition: 0,
    headHash: GENESIS_HASH,
    now,
    streamVersions: new Map(),
    storedById: new Map(),
    ...overrides,
  };
}

const errorOf = (outcome: AppendOutcome | undefined) =>
  outcome && 'error' in outcome ? outcome.error : undefined;
const resultOf = (outcome: AppendOutcome | undefined) => {
  if (!outcome || !('result' in outcome))
    throw new Error(`expected a result, got ${String(errorOf(outcome))}`);
  return outcome.result;
};

describe('planning a group of appends (group commit)', () => {
  it('numbers and chains the events of the whole group as one sequence after the head', () => {
    const plan = planAppends(
      [pending('a', [sampleEvent(), sampleEvent()], 'no-stream'), pending('b', [sampleEvent()], 'any')],
      snapshot({ headPosition: 41, headHash: 'ab'.repeat(32) }),
    );
    expect(plan.toInsert.map((event) => [event.streamId, event.position, event.streamVersion])).toEqual([
      ['a', 42, 1],
      ['a', 43, 2],
      ['b', 44, 1],
    ]);
    let previous = 'ab'.repeat(32);
    for (const { hash, ...event } of plan.toInsert) {
      expect(hash).toBe(chainHash(previous, event));
      previous = hash;
    }
    expect(resultOf(plan.outcomes[1]).events[0]?.position).toBe(44);
  });

  it('checks each expected version against the appends before it in the group', () => {
    const plan = planAppends(
      [
        pending('a', [sampleEvent()], 2),
        pending('a', [sampleEvent()], 3),
        pending('a', [sampleEvent()], 3),
        pending('b', [sampleEvent()], 'no-stream'),
      ],
      snapshot({ streamVersions: new Map([['a', 2]]) }),
    );
    expect(resultOf(plan.outcomes[0]).nextExpectedVersion).toBe(3);
    expect(resultOf(plan.outcomes[1]).nextExpectedVersion).toBe(4);
    const conflict = errorOf(plan.outcomes[2]);
    expect(conflict).toBeInstanceOf(StreamVersionConflict);
    expect(conflict).toMatchObject({ streamId: 'a', expectedVersion: 3, actualVersion: 4 });
    expect(resultOf(plan.outcomes[3]).nextExpectedVersion).toBe(1);
    // The refused append left no gap: the next one follows directly.
    expect(plan.toInsert.map((event) => event.position)).toEqual([1, 2, 3]);
  });

  it('recognises a retry of an append earlier in the same group and stores it once', () => {
    const events = [withId(), withId()];
    const plan = planAppends(
      [pending('a', events, 'no-stream'), pending('a', events, 'no-stream')],
      snapshot(),
    );
    const first = resultOf(plan.outcomes[0]);
    const retry = resultOf(plan.outcomes[1]);
    expect(retry).toEqual({ ...first, duplicate: true });
    expect(plan.toInsert).toHaveLength(2);
  });

  it('refuses an id reused for other content, in the group or in the log, without touching the rest', () => {
    const reused = withId();
    const storedEarlier = withId();
    const stored = planAppends([pending('old', [storedEarlier], 'any')], snapshot()).toInsert[0]!;
    const plan = planAppends(
      [
        pending('a', [reused], 'any'),
        pending('b', [{ ...reused, data: { other: true } }], 'any'),
        pending('c', [{ ...storedEarlier, type: 'test.else-happened' }], 'any'),
        pending('d', [sampleEvent()], 'any'),
      ],
      snapshot({ headPosition: 1, headHash: stored.hash, storedById: new Map([[stored.eventId, stored]]) }),
    );
    expect(errorOf(plan.outcomes[1])).toBeInstanceOf(EventIdReused);
    expect(errorOf(plan.outcomes[2])).toBeInstanceOf(EventIdReused);
    expect(plan.toInsert.map((event) => event.streamId)).toEqual(['a', 'd']);
    expect(plan.toInsert.map((event) => event.position)).toEqual([2, 3]);
  });
});
