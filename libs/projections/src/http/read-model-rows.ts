import type { EntityManager } from 'typeorm';
import { areaLevel, inArea } from '../figures/area-scope.js';
import { ReadApiError } from './read-api.errors.js';
import type { ReadModelTable } from './read-model-tables.js';

export interface ReadModelPage {
  readModel: string;
  rows: Record<string, unknown>[];
  /** Pass as `after` for the next page; null on the last one. */
  next: string | null;
}

export interface ReadModelQuery {
  programme?: string | undefined;
  area: string;
  /** Only rows of these villages (an operator's); every village when absent. */
  villages?: readonly string[] | undefined;
  after?: string | undefined;
  limit: number;
}

/** One page of a read model's rows, in the order of its key. */
export async function readModelRows(
  manager: EntityManager,
  table: ReadModelTable,
  query: ReadModelQuery,
): Promise<ReadModelPage> {
  const parameters: unknown[] = [];
  const parameter = (value: unknown): number => parameters.push(value);
  const where: string[] = [];
  if (query.programme !== undefined && table.programme) {
    const programme = `$${parameter(query.programme)}`;
    where.push(
      table.programmeMayBeNull
        ? `(${table.programme} = ${programme} or ${table.programme} is null)`
        : `${table.programme} = ${programme}`,
    );
  }
  if (query.area !== '' && table.village) {
    areaLevel(query.area);
    where.push(inArea(table.village, parameter(query.area)));
  }
  if (query.villages && table.village)
    where.push(`${table.village} = any($${parameter(query.villages)}::text[])`);
  if (query.after !== undefined) {
    if (table.key.type === 'bigint' && !/^\d{1,18}$/.test(query.after)) throw ReadApiError.badCursor();
    where.push(`${table.key.sql} > $${parameter(query.after)}::${table.key.type}`);
  }
  const columns = Object.entries(table.columns).map(([name, sql]) => `${sql} as "${name}"`);
  const rows = await manager.query<Record<string, unknown>[]>(
    `select ${columns.join(', ')}, (${table.key.sql})::text as "__key" from ${table.from}
     ${where.length ? `where ${where.join(' and ')}` : ''}
     order by ${table.key.sql} limit $${parameter(query.limit + 1)}`,
    parameters,
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    readModel: table.name,
    rows: page.map(({ __key: _key, ...row }) => row),
    next: rows.length > query.limit && last ? String(last['__key']) : null,
  };
}
