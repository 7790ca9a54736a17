import { describe, expect, it } from '@jest/globals';
import { dailyCronPattern, nextScanInMs, retryDelayMs } from './job-schedule.js';

describe('job schedule', () => {
  it('backs off exponentially from the base delay', () => {
    expect([1, 2, 3, 4].map((made) => retryDelayMs(100, made))).toEqual([100, 200, 400, 800]);
  });

  it('runs the daily scan at the next given time of day in WIB', () => {
    // 2024-03-01 00:30 WIB is 2024-02-29 17:30 UTC.
    const now = new Date('2024-02-29T17:30:00Z');
    expect(nextScanInMs({ dailyAt: '01:00' }, now)).toBe(30 * 60_000);
    expect(nextScanInMs({ dailyAt: '00:30' }, now)).toBe(86_400_000);
    expect(nextScanInMs({ dailyAt: '00:00' }, now)).toBe(86_400_000 - 30 * 60_000);
    expect(nextScanInMs({ everyMs: 250 }, now)).toBe(250);
  });

  it('gives BullMQ the same time as a cron pattern, and refuses a malformed time', () => {
    expect(dailyCronPattern('01:05')).toBe('5 1 * * *');
    expect(() => dailyCronPattern('25:00')).toThrow(/HH:MM/);
  });
});
