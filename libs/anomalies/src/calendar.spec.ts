import { describe, expect, it } from '@jest/globals';
import { addDays, dayOf, periodEnd, periodsBetween } from './calendar.js';

describe('calendar', () => {
  it('knows the last day of a month, leap years included', () => {
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2023-02')).toBe('2023-02-28');
    expect(periodEnd('2024-12')).toBe('2024-12-31');
  });

  it('adds days across months and years, in UTC', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(dayOf(new Date('2024-04-01T23:30:00-02:00'))).toBe('2024-04-02');
  });

  it('lists the periods between two months, none when they are in the wrong order', () => {
    expect(periodsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(periodsBetween('2024-05', '2024-04')).toEqual([]);
  });
});
