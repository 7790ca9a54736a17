import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { DataDirLock } from './data-dir-lock.js';

/** Unix socket paths are limited to about 107 bytes; a deep data dir falls back to loopback TCP. */
const MAX_SOCKET_PATH = 100;

export interface PostgresEndpoint {
  host: string;
  port: number;
}

/**
 * PostgreSQL compiled to WebAssembly (PGlite), persisted in a folder and served over the PostgreSQL
 * wire protocol (pglite-socket), so TypeORM and pg talk to it exactly as to a server. PGlite has a
 * single backend: clients must use one connection, and every client shares one session.
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly lock: DataDirLock,
    readonly endpoint: PostgresEndpoint,
  ) {}

  static async start(dataDir: string): Promise<EmbeddedPostgres> {
    const lock = DataDirLock.acquire(dataDir);
    try {
      const db = await PGlite.create(join(dataDir, 'pglite'));
      const socketPath = join(dataDir, '.s.PGSQL.5432');
      const useSocket = socketPath.length <= MAX_SOCKET_PATH;
      // A socket file left by a crash would block listen(); we hold the lock, so it is ours to remove.
      if (useSocket) rmSync(socketPath, { force: true });
      const server = useSocket
        ? new PGLiteSocketServer({ db, path: socketPath })
        : new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 });
      await server.start();
      const endpoint = useSocket ? { host: dataDir, port: 5432 } : loopbackEndpoint(server.getServerConn());
      return new EmbeddedPostgres(db, server, lock, endpoint);
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  /** Runs SQL on the single session directly: settings made here hold for every client. */
  async exec(sql: string): Promise<void> {
    await this.db.exec(sql);
  }

  async stop(): Promise<void> {
    try {
      await this.server.stop();
      await this.db.close();
    } finally {
      this.lock.release();
    }
  }
}

/** getServerConn() answers "host:port" once listening; the port was chosen by the OS. */
function loopbackEndpoint(conn: string): PostgresEndpoint {
  const port = Number(conn.slice(conn.lastIndexOf(':') + 1));
  return { host: '127.0.0.1', port };
}
