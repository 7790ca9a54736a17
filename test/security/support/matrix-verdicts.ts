import type { MatrixCase, MatrixRoute, Refusal } from '../access-matrix.js';
import type { MatrixRole } from './authz-app.js';
import type { Answer } from './authz-http.js';

/** Who holds a portal session: the roles the login admits. */
const SIGNED_IN: readonly MatrixRole[] = ['forum', 'inspector', 'admin'];

/** The refusal a role must get from a route it is not allowed, as the table's header defines it. */
export function expectedRefusal(route: MatrixRoute, matrixCase: MatrixCase, role: MatrixRole): Refusal {
  const special = matrixCase.refusals?.[role];
  if (special) return special;
  switch (route.surface) {
    case 'api':
      if (role === 'citizen') return { kind: 'problem', status: 401, code: 'ACCESS.UNAUTHENTICATED' };
      if (role === 'operatorB' && matrixCase.allow.includes('operatorA'))
        return { kind: 'problem', status: 403, code: 'ACCESS.VILLAGE_FORBIDDEN' };
      return { kind: 'problem', status: 403, code: 'ACCESS.FORBIDDEN' };
    case 'page':
      if (!SIGNED_IN.includes(role))
        return route.method === 'GET' ? { kind: 'login' } : { kind: 'page', status: 401 };
      return { kind: 'page', status: 403 };
    case 'open':
      throw new Error(`${route.method} ${route.path} is open to everyone, yet ${role} is not allowed`);
  }
}

/** Why the answer is not the refusal expected; undefined when it is exactly that. */
export function refusalMismatch(answer: Answer, refusal: Refusal, path: string): string | undefined {
  const type = answer.headers.get('content-type') ?? '';
  const body = (answer.json ?? {}) as {
    code?: string;
    message?: { id?: string; en?: string };
    errors?: { code: string }[];
  };
  switch (refusal.kind) {
    case 'problem': {
      const bilingual = (body.message?.id?.length ?? 0) > 10 && (body.message?.en?.length ?? 0) > 10;
      return answer.status === refusal.status &&
        type.startsWith('application/problem+json') &&
        body.code === refusal.code &&
        bilingual
        ? undefined
        : `expected ${refusal.status} ${refusal.code} as a bilingual problem document, got ${answer.status} ${type} ${body.code ?? answer.text.slice(0, 120)}`;
    }
    case 'login': {
      const target = loginTarget(answer);
      return target === path
        ? undefined
        : `expected 303 to /masuk?lanjut=${path}, got ${answer.status} ${answer.headers.get('location') ?? ''}`;
    }
    case 'page':
      return answer.status === refusal.status && type.startsWith('text/html')
        ? undefined
        : `expected a ${refusal.status} page, got ${answer.status} ${type}`;
    case 'import-rows': {
      const rows = body.errors ?? [];
      return answer.status === 400 &&
        body.code === 'IMPORT.REFUSED' &&
        rows.length > 0 &&
        rows.every((row) => row.code === refusal.rowCode)
        ? undefined
        : `expected 400 IMPORT.REFUSED with every row ${refusal.rowCode}, got ${answer.status} ${answer.text.slice(0, 200)}`;
    }
  }
}

/** Whether the answer refuses the caller in any of the ways above (what an allowed call must never get). */
export function isRefusal(answer: Answer): boolean {
  return answer.status === 401 || answer.status === 403 || loginTarget(answer) !== undefined;
}

/** The page a 303 to the login would return to; undefined for any other answer. */
function loginTarget(answer: Answer): string | undefined {
  const location = answer.headers.get('location');
  if (answer.status !== 303 || !location) return undefined;
  const url = new URL(location, 'http://saksi.invalid');
  return url.pathname === '/masuk' ? (url.searchParams.get('lanjut') ?? '') : undefined;
}

/** Whether an answer holds anything of village A (its code, in JSON rows or a page). */
export function mentionsVillage(answer: Answer, villageCode: string): boolean {
  return answer.text.includes(villageCode);
}
