import { describe, expect, it } from '@jest/globals';
import { DEFAULT_DELIVERY_CONFIG } from '../delivery.config.js';
import { escalationDelayMs, escalationReason } from './acknowledgement-deadline.js';

describe('acknowledgement deadline', () => {
  const raised = new Date('2024-03-01T00:00:00Z');

  it('counts from when the alert was recorded, and is due at once when already past', () => {
    const oneHourLater = new Date('2024-03-01T01:00:00Z');
    expect(escalationDelayMs(DEFAULT_DELIVERY_CONFIG, 'critical', raised, oneHourLater)).toBe(3 * 3_600_000);
    expect(
      escalationDelayMs(DEFAULT_DELIVERY_CONFIG, 'critical', raised, new Date('2024-03-02T00:00:00Z')),
    ).toBe(0);
  });

  it('gives the reason in both languages, in a unit a reader can picture', () => {
    expect(escalationReason(DEFAULT_DELIVERY_CONFIG, 'critical')).toBe(
      'not acknowledged within 4 hours / tidak diterima dalam 4 jam',
    );
    const quick = {
      ...DEFAULT_DELIVERY_CONFIG,
      acknowledgeWithinMs: { ...DEFAULT_DELIVERY_CONFIG.acknowledgeWithinMs, low: 1500 },
    };
    expect(escalationReason(quick, 'low')).toBe(
      'not acknowledged within 1.5 seconds / tidak diterima dalam 1.5 detik',
    );
  });
});
