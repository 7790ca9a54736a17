import { describe, expect, it } from '@jest/globals';
import { canonicalForm, chainHash, GENESIS_HASH, type HashedEvent } from './hash-chain.js';

const event: HashedEvent = {
  position: 1,
  eventId: '0193a1b2-0000-7000-8000-000000000001',
  streamId: 'kpm-1',
  streamVersion: 1,
  type: 'beneficiary.registered',
  schemaVersion: 1,
  data: { village: '11.01.01.2001', members: 4, head: { sex: 'F' } },
  metadata: { actor: 'operator-1', source: 'test' },
  occurredAt: new Date('2024-02-01T08:00:00.000Z'),
  recordedAt: new Date('2024-02-01T09:30:00.123Z'),
};

describe('hash chain', () => {
  it('writes the canonical form with sorted keys and no white space', () => {
    expect(canonicalForm(event)).toBe(
      '{"canonicalForm":1,"data":{"head":{"sex":"F"},"members":4,"village":"11.01.01.2001"},' +
        '"eventId":"0193a1b2-0000-7000-8000-000000000001","metadata":{"actor":"operator-1","source":"test"},' +
        '"occurredAt":"2024-02-01T08:00:00.000Z","position":1,"recordedAt":"2024-02-01T09:30:00.123Z",' +
        '"schemaVersion":1,"streamId":"kpm-1","streamVersion":1,"type":"beneficiary.registered"}',
    );
  });

  it('gives the same hash whatever order the data keys were written in', () => {
    const reordered = { ...event, data: { head: { sex: 'F' }, members: 4, village: '11.01.01.2001' } };
    expect(chainHash(GENESIS_HASH, reordered)).toBe(chainHash(GENESIS_HASH, event));
  });

  it('changes the hash when any stored field changes', () => {
    const original = chainHash(GENESIS_HASH, event);
    const variants: HashedEvent[] = [
      { ...event, position: 2 },
      { ...event, streamVersion: 2 },
      { ...event, data: { ...(event.data as object), members: 5 } },
      { ...event, metadata: { actor: 'operator-2', source: 'test' } },
      { ...event, occurredAt: new Date('2024-02-01T08:00:00.001Z') },
      { ...event, recordedAt: new Date('2024-02-01T09:30:00.124Z') },
      { ...event, type: 'beneficiary.approved' },
      { ...event, schemaVersion: 2 },
    ];
    for (const variant of variants) expect(chainHash(GENESIS_HASH, variant)).not.toBe(original);
  });

  it('chains: the same event after a different predecessor has a different hash', () => {
    const afterOther = chainHash('ab'.repeat(32), event);
    expect(afterOther).not.toBe(chainHash(GENESIS_HASH, event));
    expect(afterOther).toMatch(/^[0-9a-f]{64}$/);
  });
});
