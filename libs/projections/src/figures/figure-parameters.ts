import { endOfFieldDay } from '../read-models/field-date.js';
import type { Period } from './period.js';

/**
 * Every figure query takes the same seven parameters (see figure-conditions.ts). PostgreSQL refuses
 * a parameter a query does not use, so each query starts by naming all of them, with their types.
 */
export function withParameters(sql: string): string {
  return `with parameters as (select $1::text, $2::text, $3::date, $4::date, $5::text[],
    $6::timestamptz, $7::timestamptz) ${sql}`;
}

export function figureParameters(area: string, programmeId: string, period: Period): unknown[] {
  return [
    area,
    programmeId,
    period.from,
    period.to,
    period.months,
    `${period.from}T00:00:00+07:00`,
    endOfFieldDay(period.to),
  ];
}
