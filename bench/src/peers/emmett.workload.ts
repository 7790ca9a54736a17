import { dumbo, setNodePostgresTypeParser, type SQLExecutor } from '@event-driven-io/dumbo';
import type { Event } from '@event-driven-io/emmett';
import {
  getPostgreSQLEventStore,
  type PostgresEventStore,
  readMessagesBatch,
} from '@event-driven-io/emmett-postgresql';
import type { NewEvent } from '@saksi/event-store';
import pg from 'pg';
import { type Append, batchAppendsWith, type Measurement, singleAppendsWith, timed } from '../workloads.js';

type PaymentMessage = Event<string, Record<string, unknown>, Record<string, unknown>>;

/** As many connections as Saksi's server target gets, so neither store waits on its pool alone. */
const POOL_SIZE = 16;
const READ_PAGE = 5_000;

/**
 * Emmett's PostgreSQL event store on the workloads Saksi's log runs: the same payloads, stream names
 * and writer counts. `databaseUrl` must name an empty database; Emmett creates its own schema there.
 */
export async function emmettWorkloads(
  databaseUrl: string,
  sizes: { single: number; batches: number; batchSize: number },
): Promise<Measurement[]> {
  const restoreParsers = emmettTypeParsers();
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: POOL_SIZE,
    application_name: 'bench-emmett',
  });
  const store = getPostgreSQLEventStore(databaseUrl, { connectionOptions: { pool } });
  try {
    const append = emmettAppend(store);
    await singleAppendsWith(append, 1, 200); // warm-up: its schema, connections, plans
    const rows = [
      await singleAppendsWith(append, 1, sizes.single),
      await singleAppendsWith(append, 8, sizes.single),
      await singleAppendsWith(append, 16, sizes.single),
      await batchAppendsWith(append, sizes.batchSize, sizes.batches),
      await batchAppendsWith(append, sizes.batchSize, sizes.batches, 8),
    ];
    const written = 200 + rows.reduce((sum, row) => sum + row.events, 0);
    rows.push(await readAll(dumbo({ connectionString: databaseUrl, pool }).execute, written));
    return rows;
  } finally {
    await store.close();
    await pool.end();
    restoreParsers();
  }
}

function emmettAppend(store: PostgresEventStore): Append {
  return (streamId, events, stream) =>
    store.appendToStream<PaymentMessage>(
      streamId,
      events.map(toMessage),
      // 0n, not STREAM_DOES_NOT_EXIST: Emmett checks only a numeric version, and Saksi's 'no-stream' is checked.
      stream === 'new' ? { expectedStreamVersion: 0n } : undefined,
    );
}

/** Saksi keeps the schema version and occurred-at in columns; Emmett's message carries them in metadata. */
function toMessage(event: NewEvent): PaymentMessage {
  return {
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: { ...event.metadata, schemaVersion: event.schemaVersion, occurredAt: event.occurredAt },
  };
}

/**
 * Emmett has no "read all" on the store; its consumers page through `readMessagesBatch` (exported),
 * which reads `emt_messages` in (transaction id, global position) order after a global position.
 * This is that loop without the consumer's sleep between pages.
 */
async function readAll(execute: SQLExecutor, written: number): Promise<Measurement> {
  let read = 0;
  const measurement = await timed('read the whole log forward', 0, async () => {
    let after = 0n;
    for (;;) {
      const page = await readMessagesBatch(execute, { after, batchSize: READ_PAGE });
      read += page.messages.length;
      after = page.currentGlobalPosition;
      if (!page.areMessagesLeft) break;
    }
  });
  // Two ways 0.42 reads fewer than were written, so the figure says how many: a page's edge skips
  // messages whose transaction id and position disagree (concurrent writers; event-driven-io/emmett
  // #336 fixes it later), and nothing newer than the oldest transaction open on the whole server shows.
  const workload =
    read === written ? measurement.workload : `${measurement.workload} (${read} of ${written})`;
  return { ...measurement, workload, events: read };
}

/**
 * Emmett's driver (dumbo) sets pg's bigint and JSON parsers for the whole process, once. Setting
 * them here for every run and putting the old ones back lets Saksi's workloads share the process.
 */
function emmettTypeParsers(): () => void {
  type Parser = (value: string) => unknown;
  const oids = [pg.types.builtins.INT8, pg.types.builtins.JSON, pg.types.builtins.JSONB];
  const previous = oids.map((oid) => pg.types.getTypeParser(oid, 'text') as Parser);
  setNodePostgresTypeParser({ force: true });
  return () => oids.forEach((oid, index) => pg.types.setTypeParser(oid, 'text', previous[index]!));
}
