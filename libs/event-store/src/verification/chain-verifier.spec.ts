import { describe, expect, it } from '@jest/globals';
import type { RecordedEvent } from '../event.js';
import { chainHash, GENESIS_HASH } from '../hash-chain.js';
import { ChainVerifier } from './chain-verifier.js';

function chain(length: number): RecordedEvent[] {
  const events: RecordedEvent[] = [];
  let previous = GENESIS_HASH;
  for (let position = 1; position <= length; position++) {
    const unhashed = {
      position,
      eventId: `0193a1b2-0000-7000-8000-${String(position).padStart(12, '0')}`,
      streamId: `kpm-${position % 3}`,
      streamVersion: Math.ceil(position / 3),
      type: 'payment.paid',
      schemaVersion: 1,
      data: { amount: 300_000, period: `2024-${String(position).padStart(2, '0')}` },
      metadata: { actor: 'operator-1', source: 'spec' },
      occurredAt: new Date(Date.UTC(2024, 0, position)),
      recordedAt: new Date(Date.UTC(2024, 0, position, 12)),
    };
    previous = chainHash(previous, unhashed);
    events.push({ ...unhashed, hash: previous });
  }
  return events;
}

/** Re-hashes from `from` onwards, as someone who knows the algorithm would after editing. */
function rehash(events: RecordedEvent[], from: number): RecordedEvent[] {
  let previous = from === 1 ? GENESIS_HASH : events[from - 2]!.hash;
  return events.map((event) => {
    if (event.position < from) return event;
    const { hash: _old, ...unhashed } = event;
    previous = chainHash(previous, unhashed);
    return { ...unhashed, hash: previous };
  });
}

function verify(events: RecordedEvent[], anchors = [] as { position: number; hash: string }[]) {
  const verifier = new ChainVerifier(anchors);
  verifier.feed(events.slice(0, 4));
  verifier.feed(events.slice(4));
  return verifier.finish();
}

describe('chain verifier', () => {
  const log = chain(8);

  it('accepts an untouched log and reports its head', () => {
    expect(verify(log)).toEqual({ ok: true, head: { position: 8, hash: log[7]!.hash }, checked: 8 });
  });

  it('accepts an empty log with the genesis head', () => {
    expect(verify([])).toEqual({ ok: true, head: { position: 0, hash: GENESIS_HASH }, checked: 0 });
  });

  it('names the first edited event', () => {
    const edited = log.map((e) => (e.position === 5 ? { ...e, data: { amount: 900_000 } } : e));
    expect(verify(edited)).toMatchObject({ ok: false, position: 5, problem: 'hash-mismatch', checked: 4 });
  });

  it('names a deleted position', () => {
    expect(verify(log.filter((e) => e.position !== 3))).toMatchObject({
      ok: false,
      position: 3,
      problem: 'missing-position',
    });
  });

  it('catches an event inserted with a borrowed hash', () => {
    const forged = { ...log[7]!, position: 9, eventId: '0193a1b2-0000-7000-8000-999999999999' };
    expect(verify([...log, forged])).toMatchObject({ ok: false, position: 9, problem: 'hash-mismatch' });
  });

  it('catches two events that swapped places', () => {
    const swapped = [...log];
    swapped[2] = { ...log[3]!, position: 3 };
    swapped[3] = { ...log[2]!, position: 4 };
    expect(verify(swapped)).toMatchObject({ ok: false, position: 3, problem: 'hash-mismatch' });
  });

  it('catches a rewrite whose later hashes were all recomputed, given a head published before', () => {
    const published = { position: 6, hash: log[5]!.hash };
    const rewritten = rehash(
      log.map((e) => (e.position === 2 ? { ...e, data: { amount: 1 } } : e)),
      2,
    );
    expect(verify(rewritten).ok).toBe(true); // the chain alone cannot see it: that is what anchors are for
    expect(verify(rewritten, [published])).toMatchObject({
      ok: false,
      position: 6,
      problem: 'anchor-mismatch',
    });
  });

  it('catches events cut off the end, given a head published before', () => {
    const published = { position: 8, hash: log[7]!.hash };
    expect(verify(log.slice(0, 6), [published])).toMatchObject({
      ok: false,
      position: 8,
      problem: 'log-too-short',
    });
  });
});
