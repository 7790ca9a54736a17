import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto';
import { SEALED_VALUE } from '@saksi/events';
import type { FieldKeys } from './data-key.js';

const NONCE = 12;
const TAG = 16;

/** Where a sealed value sits: binding it there stops it being moved to another field or event. */
export interface FieldPlace {
  eventId: string;
  /** The concrete path in the event's data, e.g. `members[1].birthDate`. */
  path: string;
}

/**
 * `pd1:<subject>:<base64url(nonce | ciphertext | tag)>`, AES-256-GCM over the value's JSON. The
 * nonce is derived from the event id, the path and the value (a synthetic IV): sealing the same
 * event again gives the same bytes, so an idempotent retry is recognised as the same content, and
 * two different values never share a nonce under one key.
 */
export function sealField(keys: FieldKeys, place: FieldPlace, value: unknown): string {
  const plaintext = Buffer.from(JSON.stringify(value), 'utf8');
  const nonce = createHmac('sha256', keys.nonce)
    .update(`${place.eventId}\u0000${place.path}\u0000`, 'utf8')
    .update(plaintext)
    .digest()
    .subarray(0, NONCE);
  const cipher = createCipheriv('aes-256-gcm', keys.encrypt, nonce);
  cipher.setAAD(additionalData(keys.subject, place));
  const sealed = Buffer.concat([nonce, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return `pd1:${keys.subject}:${sealed.toString('base64url')}`;
}

/** The subject a sealed value belongs to, or undefined for anything that is not a sealed value. */
export function subjectOfSealed(value: unknown): string | undefined {
  return typeof value === 'string' ? SEALED_VALUE.exec(value)?.[1] : undefined;
}

/** Throws when the key, the subject or the place is not the one the value was sealed with. */
export function openField(keys: FieldKeys, place: FieldPlace, sealed: string): unknown {
  const match = SEALED_VALUE.exec(sealed);
  if (!match || match[1] !== keys.subject)
    throw new Error(`a sealed value at ${place.path} does not belong to ${keys.subject}`);
  const bytes = Buffer.from(match[2]!, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', keys.encrypt, bytes.subarray(0, NONCE));
  decipher.setAAD(additionalData(keys.subject, place));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG));
  const plaintext = Buffer.concat([
    decipher.update(bytes.subarray(NONCE, bytes.length - TAG)),
    decipher.final(),
  ]);
  return JSON.parse(plaintext.toString('utf8')) as unknown;
}

function additionalData(subject: string, place: FieldPlace): Buffer {
  return Buffer.from(`pd1\u0000${subject}\u0000${place.eventId}\u0000${place.path}`, 'utf8');
}
