import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository: the bench runs from dist/bench/src/apps. */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** A new administrator key through the `saksi` CLI, as an operator makes the first one. */
export function createAdminKey(env: Record<string, string | undefined>): string {
  const created = spawnSync(process.execPath, ['bin/saksi.js', 'admin', 'create-key', '--label', 'bench'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  const key = created.stdout.trim().split('\n').at(-1) ?? '';
  if (created.status !== 0 || !key) throw new Error(`no admin key: ${created.stderr}`);
  return key;
}

/** The apps a bench talks to; in the embedded default all of them are one process. */
export const SAKSI_APPS = ['ledger', 'relay', 'projector', 'sentinel', 'portal'] as const;
export type SaksiApp = (typeof SAKSI_APPS)[number];

/** Something that resolves when the beneficiaries read model has committed a log position. */
export interface ReadModelWatch {
  arrival(position: number): Promise<void>;
  stop(): void;
}

/** A Saksi started by the bench as its users start it, one process per app or one for all. */
export interface RunningSaksi {
  label: string;
  url(app: SaksiApp): string;
  /** Each process and the apps it runs, for memory figures. */
  processes(): { name: string; pid: number }[];
  /** POSTs as the administrator; answers the first recorded event's position (0 if none). */
  post(app: SaksiApp, path: string, body: unknown): Promise<number>;
  watchReadModel(): Promise<ReadModelWatch>;
  stop(): Promise<void>;
}

export async function postAsAdmin(
  baseUrl: string,
  key: string,
  path: string,
  body: unknown,
): Promise<number> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { events?: { position: number }[] };
  if (response.status !== 201) throw new Error(`${path}: ${response.status} ${JSON.stringify(answer)}`);
  return answer.events?.[0]?.position ?? 0;
}

/**
 * Polls for committed positions every `everyMs` and resolves their waiters; `committed` answers
 * which of the waiting positions have committed.
 */
export function pollingWatch(
  committed: (waiting: number[]) => Promise<number[]>,
  everyMs = 5,
): ReadModelWatch {
  const waiting = new Map<number, () => void>();
  let polling = false;
  const timer = setInterval(() => {
    if (polling || waiting.size === 0) return;
    polling = true;
    committed([...waiting.keys()])
      .then((positions) => {
        for (const position of positions) {
          waiting.get(position)?.();
          waiting.delete(position);
        }
      })
      .catch(() => undefined)
      .finally(() => (polling = false));
  }, everyMs);
  return {
    arrival: (position) => new Promise((resolve) => waiting.set(position, resolve)),
    stop: () => clearInterval(timer),
  };
}
