import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The portal's forms carry tokens signed with a key derived from the deployment's pseudonym key:
 * every process of a cluster shares it already, so a form served by one portal can be posted to
 * another, and no new secret needs configuring. The label keeps the two uses apart.
 */
export function formSecret(pseudonymKey: string): Buffer {
  return createHmac('sha256', pseudonymKey).update('saksi-portal-forms/1').digest();
}

const mac = (secret: Buffer, text: string): string =>
  createHmac('sha256', secret).update(text).digest('base64url');

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** When a form was served, signed for one purpose (`grievance`, `login`): `<ms>.<mac>`. */
export function issueFormToken(secret: Buffer, purpose: string, now: number): string {
  return `${now}.${mac(secret, `${purpose}\0${now}`)}`;
}

export type FormTokenCheck = 'ok' | 'invalid' | 'too-fast' | 'expired';

/**
 * A person needs a few seconds to fill a form; a script posts at once, or replays an old form. The
 * signature keeps a client from choosing its own timestamp.
 */
export function checkFormToken(
  secret: Buffer,
  purpose: string,
  token: string,
  now: number,
  limits: { minMs: number; maxMs: number },
): FormTokenCheck {
  const match = /^(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return 'invalid';
  const issued = Number(match[1]);
  if (!same(match[2]!, mac(secret, `${purpose}\0${issued}`))) return 'invalid';
  if (now - issued < limits.minMs) return 'too-fast';
  if (now - issued > limits.maxMs) return 'expired';
  return 'ok';
}

/**
 * The CSRF token of a signed-in session: bound to its access key, so a token seen by one person is
 * useless with anyone else's cookie, and stateless, so any portal process can check it.
 */
export function csrfToken(secret: Buffer, accessKey: string): string {
  return mac(secret, `csrf\0${accessKey}`);
}

export function csrfMatches(secret: Buffer, accessKey: string, presented: unknown): boolean {
  return typeof presented === 'string' && same(presented, csrfToken(secret, accessKey));
}
