import type { DataSource } from 'typeorm';

export interface ConsumerStatus {
  name: string;
  position: number;
  /** Events in the log that this consumer has not reached yet. */
  lagEvents: number;
  /** How long the oldest of those has been waiting, in seconds (0 when caught up). */
  lagSeconds: number;
}

/** Where each consumer stands against the log's head: for /health, /metrics and report footers. */
export async function consumerStatus(
  dataSource: DataSource,
  names: readonly string[],
): Promise<ConsumerStatus[]> {
  const rows = await dataSource.query<
    { name: string; position: string; head: string; waiting: number | null }[]
  >(
    `select c.name, coalesce(p.position, 0) as position, h.head,
       extract(epoch from now() - (select recorded_at from event_log
         where position = coalesce(p.position, 0) + 1))::float8 as waiting
     from unnest($1::text[]) as c(name)
     left join consumer_position p on p.consumer = c.name
     cross join (select coalesce(max(position), 0) as head from event_log) h`,
    [names],
  );
  return rows.map((row) => ({
    name: row.name,
    position: Number(row.position),
    lagEvents: Math.max(0, Number(row.head) - Number(row.position)),
    lagSeconds: row.waiting === null ? 0 : Math.max(0, Math.round(row.waiting * 10) / 10),
  }));
}
