import { createHash, randomBytes, scrypt, type ScryptOptions, timingSafeEqual } from 'node:crypto';

/**
 * scrypt at N=2^15, r=8, p=1 (OWASP's minimum for passwords). The secret already has 256 bits of
 * entropy, so the cost only matters if the table leaks together with a weakness in how keys were
 * made; it is kept because it is cheap insurance at one hash per key per minute (see the cache).
 */
const SCRYPT: ScryptOptions = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const HASH_BYTES = 32;
export const SALT_BYTES = 16;

export function newSalt(): Buffer {
  return randomBytes(SALT_BYTES);
}

/** Hashes the whole presented key, so a hash is bound to its id as well as to its secret. */
export function hashAccessKey(key: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(key, salt, HASH_BYTES, SCRYPT, (error, hash) => (error ? reject(error) : resolve(hash)));
  });
}

export async function accessKeyMatches(key: string, salt: Buffer, storedHash: Buffer): Promise<boolean> {
  const hash = await hashAccessKey(key, salt);
  return hash.length === storedHash.length && timingSafeEqual(hash, storedHash);
}

/** What the verified-key cache is keyed by: the presented key itself never sits in memory as a key. */
export function cacheDigest(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
