import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HEX_KEY = /^[0-9a-fA-F]{64}$/;

/**
 * The master key that wraps every subject's data key (SAKSI_PERSONAL_DATA_KEY: 32 random bytes as
 * 64 hex digits). A cluster gives every process that writes or opens personal data the same one;
 * the embedded default keeps one of its own beside its data, made on first start. Never in the
 * database: a backup of it alone must not open anyone's personal data.
 */
export function personalDataKey(env: NodeJS.ProcessEnv, embeddedDataDir?: string): Buffer {
  const fromEnv = env['SAKSI_PERSONAL_DATA_KEY']?.trim();
  if (fromEnv) return parsePersonalDataKey(fromEnv);
  if (!embeddedDataDir)
    throw new Error(
      'Set SAKSI_PERSONAL_DATA_KEY (32 random bytes as 64 hex digits, e.g. `openssl rand -hex 32`): personal data is stored sealed under it.',
    );
  const file = join(embeddedDataDir, 'personal-data.key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  return parsePersonalDataKey(readFileSync(file, 'utf8').trim());
}

export function parsePersonalDataKey(hex: string): Buffer {
  if (!HEX_KEY.test(hex))
    throw new Error(
      'SAKSI_PERSONAL_DATA_KEY must be 32 random bytes written as 64 hex digits (e.g. `openssl rand -hex 32`).',
    );
  return Buffer.from(hex, 'hex');
}
