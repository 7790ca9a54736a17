import { createHmac } from 'node:crypto';
import type { Pseudonymise } from '@saksi/events';

/**
 * HMAC-SHA256 under a key the operator keeps outside the database (SAKSI_PSEUDONYM_KEY): stable, so
 * one NIK is one token on every topic, and not reversible or guessable without the key.
 */
export function hmacPseudonymiser(key: string): Pseudonymise {
  if (key.length < 32)
    throw new Error('SAKSI_PSEUDONYM_KEY must be at least 32 characters (a random secret)');
  return (value) => `hmac:${createHmac('sha256', key).update(value, 'utf8').digest('hex').slice(0, 32)}`;
}
