import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const WRAP_AAD = 'saksi/personal-data-key/1';
const NONCE = 12;
const TAG = 16;
export const DATA_KEY_BYTES = 32;
/** A wrapped data key as stored: nonce, ciphertext, tag. */
export const WRAPPED_KEY_BYTES = NONCE + DATA_KEY_BYTES + TAG;

/** What a subject's data key opens fields with: one key to encrypt, one to derive nonces. */
export interface FieldKeys {
  subject: string;
  encrypt: Buffer;
  nonce: Buffer;
}

export function newDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

/** AES-256-GCM under the master key, bound to its subject: a wrapped key moved to another row fails. */
export function wrapDataKey(master: Buffer, subject: string, dataKey: Buffer): Buffer {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', master, nonce);
  cipher.setAAD(Buffer.from(`${WRAP_AAD}\u0000${subject}`, 'utf8'));
  return Buffer.concat([nonce, cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
}

/** Throws when the master key is not the one the data key was wrapped with. */
export function unwrapDataKey(master: Buffer, subject: string, wrapped: Buffer): Buffer {
  if (wrapped.length !== WRAPPED_KEY_BYTES) throw new Error(`the data key of ${subject} is malformed`);
  const decipher = createDecipheriv('aes-256-gcm', master, wrapped.subarray(0, NONCE));
  decipher.setAAD(Buffer.from(`${WRAP_AAD}\u0000${subject}`, 'utf8'));
  decipher.setAuthTag(wrapped.subarray(NONCE + DATA_KEY_BYTES));
  return Buffer.concat([decipher.update(wrapped.subarray(NONCE, NONCE + DATA_KEY_BYTES)), decipher.final()]);
}

/** Separate keys for encryption and nonce derivation, so neither use can weaken the other. */
export function fieldKeys(subject: string, dataKey: Buffer): FieldKeys {
  const derive = (label: string) => createHmac('sha256', dataKey).update(label).digest();
  return { subject, encrypt: derive('saksi/pd1/encrypt'), nonce: derive('saksi/pd1/nonce') };
}
