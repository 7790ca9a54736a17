/**
 * The calendar day an instant falls on in Western Indonesia Time (UTC+7, no daylight saving), where
 * most villages are: a registration at 20:00 UTC on 31 March counts in April, as the village saw it.
 * Central and Eastern time villages (UTC+8, +9) differ only for events between 16:00 and 17:00 UTC.
 */
export function fieldDate(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The last day of a YYYY-MM period. */
export function lastDayOf(period: string): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The first instant after a calendar day in Western Indonesia Time: the end of that day, exclusive. */
export function endOfFieldDay(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return `${next.toISOString().slice(0, 10)}T00:00:00+07:00`;
}
