import type { EntityManager } from 'typeorm';

/**
 * What one event does to a read model. Nearly every event is one row for a set-based statement, so
 * a batch of thousands costs a few round trips instead of one per event; the rows it writes and
 * reads let the runner apply rows together without changing the result (see runner/waves.ts).
 */
export type Step = RowStep | AloneStep;

export interface RowStep {
  /** SQL over `$1`, a JSON array of rows (see rowsOf); the rows of one call never share a key. */
  statement: string;
  row: Record<string, unknown>;
  /** Keys of the read-model rows it changes (see rowKey), including those it may create. */
  writes: readonly string[];
  /** Keys of rows it reads but leaves alone, e.g. a family's village copied onto its payments. */
  reads?: readonly string[];
}

/**
 * A rare event that finds its rows by a query of its own (a correction names only the event it
 * corrects): it runs on its own, after everything before it and before everything after it.
 */
export interface AloneStep {
  alone: (manager: EntityManager) => Promise<void>;
}

/**
 * Names one row of a read model for the scheduling: its table and its key columns' values. Lower
 * case, because PostgreSQL takes 'ABC…' and 'abc…' for the same uuid; two text keys that differ only
 * in case then merely look like one row, which costs a wave and never changes a result.
 */
export function rowKey(table: string, ...key: unknown[]): string {
  return `${table}${JSON.stringify(key)}`.toLowerCase();
}

/** The rows of a statement as its `$1`, read in SQL with `jsonb_to_recordset($1::jsonb)`. */
export function rowsOf(rows: readonly Record<string, unknown>[]): [string] {
  return [JSON.stringify(rows)];
}

/** Runs a statement for one row: the per-event path of corrections reuses the batched SQL. */
export async function applyRow(
  manager: EntityManager,
  statement: string,
  row: Record<string, unknown>,
): Promise<void> {
  await manager.query(statement, rowsOf([row]));
}
