import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm';
import { EmbeddedPostgres } from './embedded-postgres.js';
import { RUNTIME_ROLE } from './runtime-role.js';
import { describeStorage, type StorageConfig } from './storage-config.js';

/** An entity or migration class, as TypeORM takes them. */
export type ClassRef = abstract new (...args: never[]) => unknown;

export interface StorageSchema {
  /** Listed explicitly, never globbed, so a build cannot silently miss one. */
  entities: MixedList<ClassRef>;
  migrations: MixedList<ClassRef>;
  /** The role the runtime works as after migrations (least privilege); null to stay as the login user. */
  runtimeRole: string | null;
}

/** What one bounded context adds to the database: its tables and the migrations that make them. */
export type SchemaPart = Pick<StorageSchema, 'entities' | 'migrations'>;

/** One schema from every context's part; TypeORM orders the migrations by their timestamps. */
export function combineSchemas(
  parts: SchemaPart[],
  runtimeRole: string | null = RUNTIME_ROLE,
): StorageSchema {
  return {
    entities: parts.flatMap((part) => toArray(part.entities)),
    migrations: parts.flatMap((part) => toArray(part.migrations)),
    runtimeRole,
  };
}

function toArray<T>(list: MixedList<T>): T[] {
  return Array.isArray(list) ? list : Object.values(list as Record<string, T>);
}

export interface Storage {
  mode: StorageConfig['mode'];
  description: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

export interface OpenStorageOptions {
  poolSize?: number;
  applicationName?: string;
  /** For auditors' tools: no migrations, no role change, and a server refuses every write. */
  readOnly?: boolean;
}

/**
 * Opens the database in either mode, brings its schema up to date with the listed migrations (never
 * `synchronize`) and returns a DataSource that works as the least-privileged runtime role.
 */
export async function openStorage(
  config: StorageConfig,
  schema: StorageSchema,
  options: OpenStorageOptions = {},
): Promise<Storage> {
  const embedded = config.mode === 'embedded' ? await EmbeddedPostgres.start(config.dataDir) : undefined;
  try {
    const connection: Partial<DataSourceOptions> = embedded
      ? {
          host: embedded.endpoint.host,
          port: embedded.endpoint.port,
          username: 'postgres',
          database: 'postgres',
        }
      : { url: (config as { url: string }).url };
    const base = {
      type: 'postgres' as const,
      ...connection,
      entities: schema.entities,
      migrations: schema.migrations,
      synchronize: false,
      migrationsRun: false,
      logging: false,
      applicationName: options.applicationName ?? 'saksi',
    };

    const dataSource = embedded
      ? await openEmbedded(embedded, base, schema, options)
      : await openServer(base, schema, options);
    return {
      mode: config.mode,
      description: describeStorage(config),
      dataSource,
      close: async () => {
        await dataSource.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/**
 * PGlite serves one connection at a time, so one DataSource does everything over one connection that
 * is never closed while idle (a reconnect could race the server's cleanup of the old one).
 */
async function openEmbedded(
  embedded: EmbeddedPostgres,
  base: object,
  schema: StorageSchema,
  options: OpenStorageOptions,
): Promise<DataSource> {
  const dataSource = new DataSource({
    ...base,
    extra: { max: 1, idleTimeoutMillis: 0 },
  } as DataSourceOptions);
  await dataSource.initialize();
  if (!options.readOnly) {
    await dataSource.runMigrations({ transaction: 'each' });
    // PGlite ignores startup options, but all its clients share one session: one SET ROLE holds.
    if (schema.runtimeRole && (await canSetRole(dataSource, schema.runtimeRole))) {
      await embedded.exec(`set role ${schema.runtimeRole}`);
    }
  }
  return dataSource;
}

async function openServer(
  base: object,
  schema: StorageSchema,
  options: OpenStorageOptions,
): Promise<DataSource> {
  const useRole = options.readOnly ? false : await migrate(base, schema);
  const settings = [
    ...(useRole ? [`-c role=${schema.runtimeRole}`] : []),
    ...(options.readOnly ? ['-c default_transaction_read_only=on'] : []),
  ];
  const dataSource = new DataSource({
    ...base,
    extra: { max: options.poolSize ?? 10, ...(settings.length ? { options: settings.join(' ') } : {}) },
  } as DataSourceOptions);
  await dataSource.initialize();
  return dataSource;
}

/** An arbitrary constant of Saksi's own: the advisory lock held while migrating. */
const MIGRATION_LOCK = 5_181_240_117;

/** Runs pending migrations as the login user; answers whether the runtime role can be taken. */
async function migrate(base: object, schema: StorageSchema): Promise<boolean> {
  const migrator = new DataSource({ ...base, extra: { max: 1 } } as DataSourceOptions);
  await migrator.initialize();
  try {
    // Processes of a cluster start together on an empty database: one migrates, the others wait
    // for it (the migrator has one connection, so the session lock is held across the migrations).
    await migrator.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrator.runMigrations({ transaction: 'each' });
    return schema.runtimeRole ? await canSetRole(migrator, schema.runtimeRole) : false;
  } finally {
    await migrator.destroy();
  }
}

async function canSetRole(dataSource: DataSource, role: string): Promise<boolean> {
  const [row] = await dataSource.query<{ allowed: boolean }[]>(
    `select case when exists (select 1 from pg_roles where rolname = $1)
                 then pg_has_role(current_user, $1, 'member') else false end as allowed`,
    [role],
  );
  return row?.allowed === true;
}
