import { randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type Measurement, paymentEvent, timed } from './workloads.js';

/**
 * The physical limit a batched append is compared against: the same rows, columns and indexes as
 * `event_log`, loaded by COPY with nothing else to do (no triggers, no advisory lock, no hash chain;
 * the hash is a precomputed 32 bytes). The rows are encoded before the clock starts, so the figure is
 * the server's, not the encoder's.
 */
export function copyLimit(databaseUrl: string, rows: number): Promise<Measurement> {
  return withPlainLog(databaseUrl, (client) => {
    const lines = copyLines(rows);
    return timed(`COPY into a plain log table, one statement`, rows, () => copy(client, lines));
  });
}

/** The same rows, `rowsPerCopy` to a COPY, each its own transaction: the price of a commit per batch. */
export function chunkedCopyLimit(databaseUrl: string, rows: number, rowsPerCopy = 100): Promise<Measurement> {
  return withPlainLog(databaseUrl, (client) => {
    const lines = copyLines(rows);
    return timed(`COPY into a plain log table, ${rowsPerCopy} rows a commit`, rows, async () => {
      for (let start = 0; start < lines.length; start += rowsPerCopy)
        await copy(client, lines.slice(start, start + rowsPerCopy));
    });
  });
}

const TABLE = 'copy_limit_log';

// event_log's columns and constraints, without its triggers.
const CREATE_TABLE = `
  create table ${TABLE} (
    position       bigint      primary key check (position > 0),
    event_id       uuid        not null,
    stream_id      text        not null check (length(stream_id) between 1 and 200),
    stream_version integer     not null check (stream_version > 0),
    type           text        not null,
    schema_version integer     not null check (schema_version > 0),
    data           jsonb       not null,
    metadata       jsonb       not null,
    occurred_at    timestamptz not null,
    recorded_at    timestamptz not null,
    hash           bytea       not null check (octet_length(hash) = 32),
    constraint ${TABLE}_event_id_key unique (event_id),
    constraint ${TABLE}_stream_version_key unique (stream_id, stream_version)
  )`;

async function withPlainLog<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'bench-copy-limit' });
  await client.connect();
  try {
    await client.query(`drop table if exists ${TABLE}`);
    await client.query(CREATE_TABLE);
    return await work(client);
  } finally {
    await client.query(`drop table if exists ${TABLE}`).catch(() => undefined);
    await client.end();
  }
}

async function copy(client: pg.Client, lines: string[]): Promise<void> {
  const target = client.query(copyFrom(`copy ${TABLE} from stdin`));
  // Chunks of about 100 kB: one write per row would measure the stream machinery instead.
  const chunks = function* () {
    for (let start = 0; start < lines.length; start += 256) yield lines.slice(start, start + 256).join('');
  };
  await pipeline(Readable.from(chunks()), target);
}

/** Rows in COPY's text format, grouped 100 to a stream as a batched import writes them. */
function copyLines(rows: number): string[] {
  const hashes = randomBytes(32 * rows);
  const recordedAt = new Date().toISOString();
  return Array.from({ length: rows }, (_, index) => {
    const event = paymentEvent();
    const hash = hashes.subarray(index * 32, index * 32 + 32).toString('hex');
    const fields = [
      String(index + 1),
      randomUUID(),
      `copy-${Math.floor(index / 100)}`,
      String((index % 100) + 1),
      event.type,
      String(event.schemaVersion),
      JSON.stringify(event.data),
      JSON.stringify(event.metadata),
      event.occurredAt.toISOString(),
      recordedAt,
      `\\x${hash}`,
    ];
    return `${fields.map(escapeText).join('\t')}\n`;
  });
}

/** COPY text format: a backslash, tab or line break inside a value would end it early. */
function escapeText(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (character) =>
    character === '\\' ? '\\\\' : character === '\t' ? '\\t' : character === '\n' ? '\\n' : '\\r',
  );
}
