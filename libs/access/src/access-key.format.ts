/**
 * A key reads `saksi_<id without dashes>_<secret>`: the prefix lets secret scanners (and people)
 * recognise a leaked key, the id finds its row without a scan, and the secret is 32 random bytes
 * in base64url (43 characters, no padding).
 */
const KEY_PATTERN = /^saksi_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export const SECRET_BYTES = 32;

export interface ParsedAccessKey {
  /** The key's public id, a UUID with dashes, as stored. */
  id: string;
  secret: Buffer;
}

export function formatAccessKey(id: string, secret: Buffer): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) {
    throw new Error(`an access key id must be a lowercase UUID, not "${id}"`);
  }
  if (secret.length !== SECRET_BYTES) throw new Error(`an access key secret must be ${SECRET_BYTES} bytes`);
  return `saksi_${id.replaceAll('-', '')}_${secret.toString('base64url')}`;
}

/** Undefined for anything that is not exactly a key this code could have made. */
export function parseAccessKey(text: string): ParsedAccessKey | undefined {
  const match = KEY_PATTERN.exec(text);
  if (!match) return undefined;
  const [, hex, encoded] = match as unknown as [string, string, string];
  const secret = Buffer.from(encoded, 'base64url');
  // The 43rd character carries 2 spare bits; only the canonical spelling is the key we issued.
  if (secret.length !== SECRET_BYTES || secret.toString('base64url') !== encoded) return undefined;
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { id, secret };
}
