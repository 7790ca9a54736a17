import { spawn } from 'node:child_process';
import { repoRoot } from '../../support/saksi-process.js';

export interface Exit {
  code: number | null;
  output: string;
  /** True when the process was still running at the deadline and had to be killed. */
  timedOut: boolean;
}

/**
 * Runs a built app (`dist/apps/<app>/src/main.js`) with exactly `env` (and PATH), and waits for it
 * to exit on its own. One that is still running at the deadline is killed: it did not refuse.
 */
export function runToExit(
  app: string,
  env: Record<string, string>,
  cwd: string,
  deadlineMs = 60_000,
): Promise<Exit> {
  const child = spawn(process.execPath, [`${repoRoot}/dist/apps/${app}/src/main.js`], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, deadlineMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}
