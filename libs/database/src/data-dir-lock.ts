import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite is one PostgreSQL backend inside one process: a second process opening the same files
 * would corrupt them. A pid file is enough on one machine; a stale one (dead pid) is taken over.
 */
export class DataDirLock {
  private constructor(private readonly file: string) {}

  static acquire(dataDir: string): DataDirLock {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const file = join(dataDir, 'saksi.pid');
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        writeFileSync(file, String(process.pid), { flag: 'wx' });
        return new DataDirLock(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = Number(readFileSync(file, 'utf8'));
        if (isAlive(holder) && holder !== process.pid) {
          throw new Error(
            `The data in ${dataDir} is in use by another Saksi process (pid ${holder}). ` +
              'Stop it first, or set DATABASE_URL to use a PostgreSQL server that several processes can share.',
            { cause: error },
          );
        }
        rmSync(file, { force: true });
      }
    }
    throw new Error(`Could not lock ${dataDir}`);
  }

  release(): void {
    rmSync(this.file, { force: true });
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
