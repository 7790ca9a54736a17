/**
 * Calendar arithmetic on the forms' own strings (YYYY-MM-DD days, YYYY-MM periods), in UTC so a
 * machine's time zone never moves a deadline. An instant's day is its UTC day: at most nine hours
 * off Indonesian local time, which the grace days of every deadline absorb.
 */
const DAY_MS = 86_400_000;

export const dayOf = (instant: Date | string): string => new Date(instant).toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  return dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}

/** The last day of a YYYY-MM period. */
export function periodEnd(period: string): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return dayOf(new Date(Date.UTC(year, month, 0)));
}

export function nextPeriod(period: string): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** first..last inclusive; empty when last comes before first. */
export function periodsBetween(first: string, last: string): string[] {
  const periods: string[] = [];
  for (let period = first; period <= last; period = nextPeriod(period)) periods.push(period);
  return periods;
}
