import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../../support/saksi-process.js';

/** A variable named like a secret. */
export const SECRET_NAME = /KEY|SECRET|PASSWORD|PASSWD|TOKEN|CREDENTIAL/;
/** `scheme://user:password@host`: a URL that carries a password. */
const URL_WITH_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^:@/\s]+:[^@\s]+@/i;
/** Library calls that read a secret of their own from the environment they are handed. */
export const READ_THROUGH: Record<string, string> = {
  'pseudonymKey(process.env': 'SAKSI_PSEUDONYM_KEY',
  'personalDataKey(process.env': 'SAKSI_PERSONAL_DATA_KEY',
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !/\.(int-|e2e-)?spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Every production source file of apps/ and libs/. */
export function productionSources(): string[] {
  return ['apps', 'libs'].flatMap((top) =>
    readdirSync(join(repoRoot, top), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => sources(join(repoRoot, top, entry.name, 'src'))),
  );
}

/**
 * `env['X'] ?? 'literal'` (or `||`) where X is named like a secret, or the literal is a URL with a
 * password in it: a default that would make a deployment run on a secret everyone can read here.
 */
export function hardCodedSecretDefaults(): string[] {
  const found: string[] = [];
  for (const file of productionSources()) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(
      /env\s*(?:\[\s*['"`](\w+)['"`]\s*\]|\.(\w+))\s*(?:\?\?|\|\|)\s*(['"`])((?:(?!\3).)*)\3/g,
    )) {
      const name = match[1] ?? match[2] ?? '';
      const value = match[4] ?? '';
      if (SECRET_NAME.test(name) || URL_WITH_PASSWORD.test(value))
        found.push(`${relative(repoRoot, file)}: ${name} defaults to "${value}"`);
    }
  }
  return found;
}

/** The secret-named variables an app's own source reads, directly or through READ_THROUGH calls. */
export function secretsReadBy(app: string): string[] {
  const names = new Set<string>();
  for (const file of sources(join(repoRoot, 'apps', app, 'src'))) {
    const source = readFileSync(file, 'utf8');
    for (const [call, name] of Object.entries(READ_THROUGH)) if (source.includes(call)) names.add(name);
    for (const match of source.matchAll(/process\.env(?:\[\s*['"`](\w+)['"`]\s*\]|\.(\w+))/g)) {
      const name = match[1] ?? match[2] ?? '';
      if (SECRET_NAME.test(name)) names.add(name);
    }
  }
  return [...names].sort();
}
