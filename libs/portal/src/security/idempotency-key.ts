import { createHmac } from 'node:crypto';

/**
 * An Idempotency-Key for a form post, derived from the form's own token: the same form sent twice
 * (a double tap, a reload) records once, and a citizen's key is a UUID as the ledger asks.
 */
export function formIdempotencyKey(secret: Buffer, purpose: string, token: string): string {
  const bytes = createHmac('sha256', secret)
    .update(`idempotency\0${purpose}\0${token}`)
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80; // version 8: custom
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
