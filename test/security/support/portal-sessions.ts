import { csrfToken, formSecret, issueFormToken } from '@saksi/portal';
import type { AuthzApp, MatrixRole, StaffHolder } from './authz-app.js';
import { send } from './authz-http.js';

export interface PortalSession {
  /** The Cookie header to send, or undefined for a citizen. */
  cookie: string | undefined;
  csrf: string;
}

/**
 * Each role's portal session. Forum members, inspectors and administrators sign in through
 * POST /masuk as a browser would, and keep the cookie it sets. An operator cannot sign in (the
 * login refuses their role), so theirs is the cookie the login would have set, made by hand: the
 * pages must refuse it too. A citizen has none.
 */
export async function portalSessions(saksi: AuthzApp): Promise<Record<MatrixRole, PortalSession>> {
  const secret = formSecret(saksi.pseudonymKey);
  const sessions = { citizen: { cookie: undefined, csrf: '' } } as Record<MatrixRole, PortalSession>;
  for (const [holder, key] of Object.entries(saksi.keys) as [StaffHolder, string][]) {
    let cookie = `saksi_sesi=${encodeURIComponent(key)}`;
    if (!holder.startsWith('operator')) {
      const login = await send(saksi.baseUrl, 'POST', {
        path: '/masuk',
        form: { t: issueFormToken(secret, 'login', Date.now()), lanjut: '/pengawasan', kunci: key },
      });
      const set = login.headers.get('set-cookie');
      if (login.status !== 303 || !set) throw new Error(`${holder} could not sign in: ${login.status}`);
      cookie = set.split(';')[0]!;
    }
    sessions[holder] = { cookie, csrf: csrfToken(secret, key) };
  }
  return sessions;
}

export function portalFormToken(saksi: AuthzApp, purpose: string): string {
  return issueFormToken(formSecret(saksi.pseudonymKey), purpose, Date.now());
}
