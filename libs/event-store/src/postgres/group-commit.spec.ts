import { describe, expect, it } from '@jest/globals';
import type { AppendOutcome, PendingAppend } from '../append-plan.js';
import { validateAppend } from '../new-event.validation.js';
import { sampleEvent } from '../testing/sample-events.js';
import { GroupCommit } from './group-commit.js';

const append = (streamId: string, events = 1): PendingAppend => ({
  streamId,
  events: validateAppend(
    streamId,
    Array.from({ length: events }, () => sampleEvent()),
    'any',
  ),
  expectedVersion: 'any',
});

/** A stand-in for the transaction: records each group and answers each append by its stream. */
function recordingCommit(failWhen: (streams: string[]) => boolean = () => false) {
  const groups: string[][] = [];
  const commit = async (appends: PendingAppend[]): Promise<AppendOutcome[]> => {
    const streams = appends.map((a) => a.streamId);
    groups.push(streams);
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (failWhen(streams)) throw new Error(`the database refused ${streams.join(',')}`);
    return appends.map((a) => ({
      result: { streamId: a.streamId, nextExpectedVersion: 1, events: [], duplicate: false },
    }));
  };
  return { groups, commit };
}

describe('group commit', () => {
  it('starts a lone append at once and gathers the ones that arrive while it commits', async () => {
    const { groups, commit } = recordingCommit();
    const queue = new GroupCommit(commit);
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((s) => queue.submit(append(s))));
    expect(results.map((r) => r.streamId)).toEqual(['a', 'b', 'c', 'd']);
    expect(groups).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('keeps a group under the event cap', async () => {
    const { groups, commit } = recordingCommit();
    const queue = new GroupCommit(commit, 10);
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((s) => queue.submit(append(s, 4))));
    expect(groups).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
  });

  it('retries a failed group one append at a time, so only the one at fault is refused', async () => {
    const { groups, commit } = recordingCommit((streams) => streams.includes('poison'));
    const queue = new GroupCommit(commit);
    const outcomes = await Promise.allSettled(['a', 'b', 'poison', 'c'].map((s) => queue.submit(append(s))));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(groups).toEqual([['a'], ['b', 'poison', 'c'], ['b'], ['poison'], ['c']]);
  });
});
