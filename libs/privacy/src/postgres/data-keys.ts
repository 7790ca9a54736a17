import type { Sql } from '@saksi/event-store';
import { newDataKey, wrapDataKey } from '../crypto/data-key.js';

/** A subject's wrapped data key, or null once it was erased. */
export type WrappedKeys = Map<string, Buffer | null>;

/**
 * One statement for all the subjects: a fresh wrapped key is offered for each, inserted where the
 * subject has none yet, and every subject's key comes back (its own, or the one already there).
 * Run inside the append's transaction when there is one, so a key is never committed after the
 * events sealed under it. Offering a key costs a few microseconds; a second round trip costs more.
 */
const KEYS_FOR = `
  with created as (
    insert into personal_data_key (subject, wrapped_key)
    select subject, wrapped_key from unnest($1::text[], $2::bytea[]) as offered(subject, wrapped_key)
    on conflict (subject) do nothing
    returning subject, wrapped_key)
  select subject, wrapped_key from created
  union all
  select subject, wrapped_key from personal_data_key where subject = any($1::text[])`;

/** The data key of every subject, made on first use; null for an erased subject. */
export async function keysFor(sql: Sql, master: Buffer, subjects: readonly string[]): Promise<WrappedKeys> {
  const keys: WrappedKeys = new Map();
  let missing = [...new Set(subjects)];
  // A key another writer inserts while this statement runs is neither created here nor in its
  // snapshot; the next statement sees it.
  for (let attempt = 0; missing.length > 0 && attempt < 3; attempt++) {
    const offered = missing.map((subject) => wrapDataKey(master, subject, newDataKey()));
    const rows = await sql<{ subject: string; wrapped_key: Buffer | null }>(KEYS_FOR, [missing, offered]);
    for (const row of rows) keys.set(row.subject, row.wrapped_key);
    missing = missing.filter((subject) => !keys.has(subject));
  }
  if (missing.length > 0) throw new Error(`no data key could be made for ${missing.join(', ')}`);
  return keys;
}

/** The keys the subjects have; a subject without a row is left out. */
export async function existingKeys(sql: Sql, subjects: readonly string[]): Promise<WrappedKeys> {
  const rows = await sql<{ subject: string; wrapped_key: Buffer | null }>(
    'select subject, wrapped_key from personal_data_key where subject = any($1::text[])',
    [[...new Set(subjects)]],
  );
  return new Map(rows.map((row) => [row.subject, row.wrapped_key]));
}

/**
 * Destroys the subject's data key (a subject without one gets an erased row, so none is made for it
 * later). Returns when it was erased, or undefined when it already had been.
 */
export async function destroyKey(sql: Sql, subject: string): Promise<Date | undefined> {
  const [row] = await sql<{ erased_at: Date }>(
    `insert into personal_data_key (subject, wrapped_key, erased_at) values ($1, null, now())
     on conflict (subject) do update set wrapped_key = null, erased_at = now()
       where personal_data_key.erased_at is null
     returning erased_at`,
    [subject],
  );
  return row?.erased_at;
}

/** When the subject's data was erased, if it was. */
export async function erasedAt(sql: Sql, subject: string): Promise<Date | undefined> {
  const [row] = await sql<{ erased_at: Date | null }>(
    'select erased_at from personal_data_key where subject = $1',
    [subject],
  );
  return row?.erased_at ?? undefined;
}

/** Any one live wrapped key: enough to tell at start-up whether the master key is the right one. */
export async function anyLiveKey(sql: Sql): Promise<{ subject: string; wrapped_key: Buffer } | undefined> {
  const [row] = await sql<{ subject: string; wrapped_key: Buffer }>(
    'select subject, wrapped_key from personal_data_key where wrapped_key is not null limit 1',
  );
  return row;
}
