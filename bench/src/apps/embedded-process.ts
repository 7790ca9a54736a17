import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUBLIC_READERS_ENV } from '../page-latency.workload.js';
import {
  createAdminKey,
  pollingWatch,
  postAsAdmin,
  type ReadModelWatch,
  repoRoot,
  type RunningSaksi,
} from './running-saksi.js';

/** `npm start` as a user runs it: one process, PGlite in a data folder of its own. */
export class EmbeddedProcess implements RunningSaksi {
  readonly label = 'embedded (npm start)';

  private constructor(
    private readonly base: string,
    private readonly child: ChildProcess,
    private readonly key: string,
    private readonly dataDir: string,
  ) {}

  static async start(): Promise<EmbeddedProcess> {
    const dataDir = mkdtempSync(join(tmpdir(), 'saksi-bench-embedded-'));
    const env = { ...process.env, DATABASE_URL: '', SAKSI_DATA_DIR: dataDir };
    // The embedded database admits one process, so the key is made before Saksi starts.
    const key = createAdminKey(env);
    const child = spawn(process.execPath, ['dist/apps/saksi/src/main.js'], {
      cwd: repoRoot,
      env: { ...env, ...PUBLIC_READERS_ENV, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const base = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Saksi did not start:\n${output}`)), 120_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.on('exit', (code) => reject(new Error(`Saksi exited with ${code}:\n${output}`)));
    });
    return new EmbeddedProcess(base, child, key, dataDir);
  }

  url(): string {
    return this.base;
  }

  processes() {
    return [{ name: 'saksi (all apps in one)', pid: this.child.pid! }];
  }

  post(_app: string, path: string, body: unknown): Promise<number> {
    return postAsAdmin(this.base, this.key, path, body);
  }

  /** In process, the read models follow the log in order: a position reached means it committed. */
  watchReadModel(): Promise<ReadModelWatch> {
    return Promise.resolve(
      pollingWatch(async (waiting) => {
        const health = (await (await fetch(`${this.base}/health`)).json()) as {
          projections?: { name: string; position: number }[];
        };
        const reached = health.projections?.find((p) => p.name === 'beneficiaries')?.position ?? 0;
        return waiting.filter((position) => position <= reached);
      }, 10),
    );
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
