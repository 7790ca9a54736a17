import type { FuzzContext } from './fuzz-context.js';

/** The tables written beside the log: access keys, alert subscriptions, families' data keys. */
const SIDE_TABLES = ['access_key', 'alert_subscription', 'personal_data_key'];

/** What a write may change: the log's head, and a digest of every table written beside the log. */
export interface Written {
  position: number;
  hash: string;
  tables: Record<string, string>;
}

export async function written(context: FuzzContext): Promise<Written> {
  const head = await context.saksi.store.head();
  const present = await context.dataSource.query<{ name: string }[]>(
    'select table_name as name from information_schema.tables where table_name = any($1) order by table_name',
    [SIDE_TABLES],
  );
  const digests = present.map(
    ({ name }) =>
      `(select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from ${name} t) as ${name}`,
  );
  const [tables] = await context.dataSource.query<Record<string, string>[]>(`select ${digests.join(', ')}`);
  return { position: head.position, hash: head.hash, tables: tables ?? {} };
}

/** What was appended after `position`, said shortly: for the report when a refusal wrote. */
export async function appendedSince(context: FuzzContext, position: number): Promise<string[]> {
  const events = await context.saksi.store.readAll({ after: position, limit: 20 });
  return events.map(
    (event) =>
      `${event.position} ${event.type} on ${event.streamId} by ${event.metadata.actor} (${event.metadata.source})`,
  );
}

/**
 * After an accepted write the sentinel may append alerts of its own: wait until every consumer of
 * the log has read up to its head, and the head stays put, before the next refusal is judged.
 */
export async function settled(context: FuzzContext, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { position } = await context.saksi.store.head();
    const [behind] = await context.dataSource.query<{ lagging: string }[]>(
      'select count(*) as lagging from consumer_position where position < $1',
      [position],
    );
    if (Number(behind!.lagging) === 0) {
      await context.saksi.caughtUp();
      if ((await context.saksi.store.head()).position === position) return;
    } else if (Date.now() > deadline) {
      throw new Error(
        `the log's consumers did not catch up with position ${position} within ${timeoutMs} ms`,
      );
    } else await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
