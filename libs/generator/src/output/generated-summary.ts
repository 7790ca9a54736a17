import type { CsvKind } from './csv-rows.js';

/** summary.json: what was generated. Counts only, so the same seed gives the same file. */
export interface GeneratedSummary {
  area: { code: string; name: string; level: string };
  seed: number;
  year: number;
  programmeId: string;
  districts: number;
  villages: number;
  families: number;
  events: number;
  eventsByType: Record<string, number>;
  commands: number;
  csvRows: Record<CsvKind, number>;
  payments: { paid: number; failed: number; reversed: number; paidAfterTheirMonth: number };
  planted: number;
}
