import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The key that turns a NIK into its token. A cluster must give every process the same secret
 * (SAKSI_PSEUDONYM_KEY); the embedded default keeps one of its own beside its data, made on first
 * start, so tokens stay stable across restarts and rebuilds. Never in the database: whoever reads a
 * backup must not be able to recompute tokens from guessed NIKs.
 */
export function pseudonymKey(env: NodeJS.ProcessEnv, embeddedDataDir?: string): string {
  const fromEnv = env['SAKSI_PSEUDONYM_KEY']?.trim();
  if (fromEnv) return fromEnv;
  if (!embeddedDataDir)
    throw new Error(
      'Set SAKSI_PSEUDONYM_KEY (a random secret of 32+ characters): personal data never leaves the log in clear.',
    );
  const file = join(embeddedDataDir, 'pseudonym.key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  return readFileSync(file, 'utf8').trim();
}
