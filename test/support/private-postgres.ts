import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port.js';

const run = promisify(execFile);
const BIN = process.env['SAKSI_POSTGRES_BIN'] ?? '/usr/lib/postgresql/15/bin';

/**
 * A PostgreSQL server of a test's own, in a temporary folder on a free port, that the test may crash
 * and start again without disturbing any other suite. fsync stays on (the default), so a crash
 * loses exactly what a real one would: nothing that was committed.
 */
export class PrivatePostgres {
  private constructor(
    private readonly dir: string,
    readonly port: number,
  ) {}

  static async start(): Promise<PrivatePostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'saksi-pg-'));
    // initdb refuses to run as root; the server then runs as the user that owns its folder.
    if (userInfo().uid === 0) {
      const { uid, gid } = await postgresUser();
      chownSync(dir, uid, gid);
    }
    const server = new PrivatePostgres(dir, await freePort());
    await server.asOwner(`${BIN}/initdb`, [
      '-D',
      server.dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]);
    await server.start();
    return server;
  }

  /** The server's URL, without a database. */
  get serverUrl(): string {
    return `postgres://postgres@127.0.0.1:${this.port}`;
  }

  url(database = 'postgres'): string {
    return `${this.serverUrl}/${database}`;
  }

  async start(): Promise<void> {
    const options = [
      `-p ${this.port}`,
      `-k ${this.dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=on',
      '-c max_connections=200',
    ].join(' ');
    await this.asOwner(`${BIN}/pg_ctl`, [
      'start',
      '-w',
      '-t',
      '60',
      '-D',
      this.dataDir,
      '-l',
      join(this.dir, 'server.log'),
      '-o',
      options,
    ]);
  }

  /** As a power cut would: no checkpoint, connections dropped; the next start recovers from the WAL. */
  async crash(): Promise<void> {
    await this.asOwner(`${BIN}/pg_ctl`, ['stop', '-m', 'immediate', '-w', '-D', this.dataDir]);
  }

  async destroy(): Promise<void> {
    await this.asOwner(`${BIN}/pg_ctl`, ['stop', '-m', 'fast', '-w', '-D', this.dataDir]).catch(
      () => undefined,
    );
    rmSync(this.dir, { recursive: true, force: true });
  }

  private get dataDir(): string {
    return join(this.dir, 'data');
  }

  private async asOwner(command: string, args: string[]): Promise<void> {
    const [file, argv] =
      userInfo().uid === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
    await run(file, argv, { timeout: 120_000 });
  }
}

async function postgresUser(): Promise<{ uid: number; gid: number }> {
  const { stdout } = await run('id', ['-u', 'postgres']);
  const { stdout: group } = await run('id', ['-g', 'postgres']);
  return { uid: Number(stdout.trim()), gid: Number(group.trim()) };
}
