/** The signed-in person's access key travels in this cookie, and nowhere else on the page. */
export const SESSION_COOKIE = 'saksi_sesi';

/** Eight hours: a working day at the inspectorate, then the key is asked for again. */
const SESSION_SECONDS = 8 * 3600;

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * HttpOnly (no script reads it), SameSite=Strict (no other site's page can send it along), Path=/,
 * and Secure whenever the page came over HTTPS.
 */
export function sessionCookie(key: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${encodeURIComponent(key)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_SECONDS}${secure ? '; Secure' : ''}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;
}
