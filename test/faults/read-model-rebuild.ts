import { PROJECTIONS } from '@saksi/projections';
import type pg from 'pg';
import { runCli } from '../support/saksi-process.js';

/** A table's rows as canonical JSON (jsonb orders keys), sorted: two snapshots compare as lists. */
type Snapshot = Map<string, string[]>;

export interface RebuildComparison {
  tables: number;
  rows: number;
  /** Per table, rows only the live read model has and rows only the rebuild has. */
  differences: string[];
  replayOutput: string;
}

/**
 * Runs the real `saksi replay all` on the cluster's database, once every consumer has caught up and
 * nothing writes: it rebuilds each read model from position zero and swaps it in. The live tables
 * taken before it must equal the rebuilt ones after it, row for row.
 */
export async function compareWithRebuild(
  db: pg.Client,
  env: Record<string, string>,
): Promise<RebuildComparison> {
  const tables = PROJECTIONS.flatMap((projection) => projection.tables);
  const live = await snapshot(db, tables);
  const replay = runCli(['replay', 'all'], env);
  if (replay.status !== 0) throw new Error(`saksi replay all failed (${replay.status}):\n${replay.stderr}`);
  const rebuilt = await snapshot(db, tables);
  const differences: string[] = [];
  let rows = 0;
  for (const table of tables) {
    const before = live.get(table)!;
    const after = rebuilt.get(table)!;
    rows += after.length;
    const onlyLive = difference(before, after);
    const onlyRebuilt = difference(after, before);
    if (onlyLive.length > 0 || onlyRebuilt.length > 0)
      differences.push(
        `${table}: ${onlyLive.length} rows only live (${onlyLive.slice(0, 2).join(' ')}), ` +
          `${onlyRebuilt.length} only rebuilt (${onlyRebuilt.slice(0, 2).join(' ')})`,
      );
  }
  return { tables: tables.length, rows, differences, replayOutput: replay.stdout.trim() };
}

async function snapshot(db: pg.Client, tables: readonly string[]): Promise<Snapshot> {
  const taken: Snapshot = new Map();
  for (const table of tables) {
    const { rows } = await db.query<{ row: string }>(`select to_jsonb(t)::text as row from ${table} t`);
    taken.set(
      table,
      rows.map(({ row }) => row),
    );
  }
  return taken;
}

/** The rows of `a` not matched one for one in `b` (multisets: a doubled row counts). */
function difference(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const row of b) left.set(row, (left.get(row) ?? 0) + 1);
  return a.filter((row) => {
    const count = left.get(row) ?? 0;
    if (count === 0) return true;
    left.set(row, count - 1);
    return false;
  });
}
