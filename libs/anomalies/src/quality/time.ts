/** Instants are kept as epoch milliseconds while a programme is drafted; days are YYYY-MM-DD. */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

export const dateOf = (year: number, month: number, day: number): string =>
  `${year}-${pad(month)}-${pad(day)}`;

export const periodOf = (year: number, month: number): string => `${year}-${pad(month)}`;

/** An instant on a day, in UTC (Indonesian office hours are 00:00-09:00 UTC). */
export const instantOn = (day: string, hour: number, minute = 0): number =>
  Date.parse(`${day}T${pad(hour)}:${pad(minute)}:00Z`);

export const dayOfInstant = (instant: number): string => new Date(instant).toISOString().slice(0, 10);

/** The last day of a month: payday and life events must stay inside it. */
export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();
