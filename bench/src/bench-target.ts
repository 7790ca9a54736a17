import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStorage, type Storage, type StorageSchema } from '@saksi/database';
import { EVENT_STORE_SCHEMA } from '@saksi/event-store';
import pg from 'pg';

export interface BenchTarget {
  label: string;
  storage: Storage;
  /** The database's URL, for a PostgreSQL server target. */
  url?: string;
  dispose(): Promise<void>;
}

const adminUrl = () => process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A throw-away database on the PostgreSQL server, so the bench never touches real data. */
export async function postgresTarget(
  poolSize: number,
  schema: StorageSchema = EVENT_STORE_SCHEMA,
): Promise<BenchTarget> {
  const name = `saksi_bench_${process.pid}_${Date.now()}`;
  await admin(`create database "${name}"`);
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const storage = await openStorage({ mode: 'postgres', url: url.toString() }, schema, { poolSize });
  return {
    label: 'PostgreSQL server',
    storage,
    url: url.toString(),
    dispose: async () => {
      await storage.close();
      await admin(`drop database if exists "${name}" with (force)`);
    },
  };
}

let databases = 0;

/** An empty database on the PostgreSQL server, for a peer or a plain table that brings its own schema. */
export async function bareDatabase(prefix = 'saksi_bench'): Promise<{ url: string; drop(): Promise<void> }> {
  // The counter keeps two databases made in one millisecond by one process apart.
  const name = `${prefix}_${process.pid}_${Date.now()}_${++databases}`;
  await admin(`create database "${name}"`);
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists "${name}" with (force)`) };
}

export async function embeddedTarget(schema: StorageSchema = EVENT_STORE_SCHEMA): Promise<BenchTarget> {
  const dataDir = mkdtempSync(join(tmpdir(), 'saksi-bench-'));
  const storage = await openStorage({ mode: 'embedded', dataDir }, schema);
  return {
    label: 'embedded PGlite',
    storage,
    dispose: async () => {
      await storage.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
