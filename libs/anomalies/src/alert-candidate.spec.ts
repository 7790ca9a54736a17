import { describe, expect, it } from '@jest/globals';
import { alertKey, MAX_EVIDENCE, raise } from './alert-candidate.js';

const rule = { code: 'PAYMENT.ABOVE_ALLOCATION', severity: 'high' as const };
const scope = { villageCode: '11.01.01.2001', programmeId: 'blt-2024', subject: 'village' };

describe('alert candidates', () => {
  it('names an anomaly by its rule and identity, so an actor with a slash cannot collide', () => {
    expect(alertKey('ENTRY.BURST', ['op/1', '2024-03-25'])).toBe('ENTRY.BURST:op%2F1/2024-03-25');
    expect(alertKey('ENTRY.BURST', ['op', '1/2024-03-25'])).not.toBe(
      alertKey('ENTRY.BURST', ['op/1', '2024-03-25']),
    );
  });

  it('sorts the evidence and drops repeats', () => {
    const found = raise(rule, { identity: ['x'], ...scope, evidence: [9, 3, 9, 5], details: {} });
    expect(found.evidence).toEqual([3, 5, 9]);
    expect(found.details).toEqual({});
  });

  it('keeps the most telling evidence an alert event can carry, and counts what it left out', () => {
    const positions = Array.from({ length: MAX_EVIDENCE + 250 }, (_, index) => 2_000 - index);
    const found = raise(rule, {
      identity: ['x'],
      ...scope,
      evidence: [7, ...positions],
      details: { paid: 1 },
    });
    expect(found.evidence).toHaveLength(MAX_EVIDENCE);
    expect(found.evidence[0]).toBe(7);
    expect(found.evidence.at(-1)).toBe(2_000);
    expect(found.details).toEqual({ paid: 1, evidenceOmitted: 251 });
  });
});
