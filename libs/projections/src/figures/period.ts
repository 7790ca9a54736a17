import { ProjectionError } from '../projection.errors.js';

/** A reporting period: a year (2024), a quarter (2024-Q2, a triwulan) or a month (2024-05). */
export interface Period {
  label: string;
  /** First and last day, inclusive. */
  from: string;
  to: string;
  /** The YYYY-MM payment periods it covers. */
  months: string[];
}

export function parsePeriod(label: string): Period {
  const year = /^(\d{4})$/.exec(label);
  if (year) return span(label, Number(year[1]), 1, 12);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (quarter) {
    const first = (Number(quarter[2]) - 1) * 3 + 1;
    return span(label, Number(quarter[1]), first, first + 2);
  }
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(label);
  if (month) return span(label, Number(month[1]), Number(month[2]), Number(month[2]));
  throw ProjectionError.badPeriod(label);
}

function span(label: string, year: number, firstMonth: number, lastMonth: number): Period {
  const months: string[] = [];
  for (let month = firstMonth; month <= lastMonth; month++)
    months.push(`${year}-${String(month).padStart(2, '0')}`);
  return {
    label,
    from: `${months[0]}-01`,
    to: new Date(Date.UTC(year, lastMonth, 0)).toISOString().slice(0, 10),
    months,
  };
}
