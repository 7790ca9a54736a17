import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';

/**
 * Rows as CSV with a header line, for the spreadsheets village offices already use. A text cell
 * that a spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe (OWASP's
 * advice against CSV injection); numbers are written as they are.
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return stringify([[...columns], ...rows.map((row) => columns.map((column) => cell(row[column])))]);
}

export function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object')) return value.join(' ');
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (typeof value !== 'string') return JSON.stringify(value) ?? '';
  return /^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

/** Nested objects as one level of dotted names: { kpm: { bySex: { F: 1 } } } → { 'kpm.bySex.F': 1 }. */
export function flatten(value: object, prefix = ''): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (inner !== null && typeof inner === 'object' && !Array.isArray(inner))
      Object.assign(flat, flatten(inner as object, name));
    else flat[name] = inner;
  }
  return flat;
}

/** Answers CSV as a download named `file`. */
export function sendCsv(response: Response, file: string, csv: string): string {
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader(
    'Content-Disposition',
    `attachment; filename="${file.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
  );
  return csv;
}
