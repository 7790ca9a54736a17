import { resolve } from 'node:path';

export type StorageConfig = { mode: 'postgres'; url: string } | { mode: 'embedded'; dataDir: string };

/** DATABASE_URL selects a PostgreSQL server; without it Saksi keeps its data in PGlite on disk. */
export function storageConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StorageConfig {
  const url = env['DATABASE_URL']?.trim();
  if (url) return { mode: 'postgres', url };
  return { mode: 'embedded', dataDir: resolve(env['SAKSI_DATA_DIR'] ?? 'data') };
}

/** For logs and /health: where the data lives, without credentials. */
export function describeStorage(config: StorageConfig): string {
  if (config.mode === 'embedded') return `embedded PGlite in ${config.dataDir}`;
  const url = new URL(config.url);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
