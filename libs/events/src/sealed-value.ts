/**
 * A personal field as the log stores it: `pd1:<subject>:<base64url>`, AES-GCM under the data key of
 * its subject (a family, `kpm:<kpmId>`; a grievance, `grievance:<id>`), sealed by @saksi/privacy
 * before the event is hashed. Recognised here so that whatever treats personal data can tell a value
 * it must not pass on from one in clear.
 */
export const SEALED_VALUE = /^pd1:([a-z]+:[A-Za-z0-9][A-Za-z0-9._-]{0,63}):([A-Za-z0-9_-]+)$/;

export function isSealedValue(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith('pd1:') && SEALED_VALUE.test(value);
}
