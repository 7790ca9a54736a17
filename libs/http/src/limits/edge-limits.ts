/** How many of something one client address may do per window; `limit` 0 turns the limit off. */
export interface WindowLimit {
  limit: number;
  windowMs: number;
}

/**
 * The limits the edge puts on clients, per process. Staff calls with an accepted key are never
 * counted against `publicRequests`: imports, the fault suite and the bench send thousands a minute.
 */
export interface EdgeLimits {
  /** Requests without an accepted key (citizens, the portal's pages, anyone probing staff routes). */
  publicRequests: WindowLimit;
  /** Access keys refused (unknown, revoked, wrong, malformed), by the API or the portal's login. */
  failedKeys: WindowLimit;
  /** The body of one CSV upload, in bytes. */
  importBytes: number;
}

/**
 * Ten requests a second from one address is more than a person reading pages makes, and what a
 * village office behind one address shares. Twenty refused keys in ten minutes allows every honest
 * typing mistake, and keeps a guesser from making the server run scrypt more than twice a minute.
 */
export const DEFAULT_EDGE_LIMITS: EdgeLimits = {
  publicRequests: { limit: 600, windowMs: 60_000 },
  failedKeys: { limit: 20, windowMs: 600_000 },
  importBytes: 64 * 1024 * 1024,
};

/**
 * SAKSI_PUBLIC_RATE_LIMIT and SAKSI_PUBLIC_RATE_WINDOW_SECONDS, SAKSI_FAILED_KEY_LIMIT and
 * SAKSI_FAILED_KEY_WINDOW_SECONDS, SAKSI_IMPORT_LIMIT_MB; the defaults above for what is unset.
 * A value that is not a whole number stops the process at start rather than silently meaning "none".
 */
export function edgeLimitsFromEnv(env: NodeJS.ProcessEnv): EdgeLimits {
  const defaults = DEFAULT_EDGE_LIMITS;
  return {
    publicRequests: {
      limit: whole(env, 'SAKSI_PUBLIC_RATE_LIMIT', defaults.publicRequests.limit, 0),
      windowMs:
        1000 * whole(env, 'SAKSI_PUBLIC_RATE_WINDOW_SECONDS', defaults.publicRequests.windowMs / 1000, 1),
    },
    failedKeys: {
      limit: whole(env, 'SAKSI_FAILED_KEY_LIMIT', defaults.failedKeys.limit, 0),
      windowMs: 1000 * whole(env, 'SAKSI_FAILED_KEY_WINDOW_SECONDS', defaults.failedKeys.windowMs / 1000, 1),
    },
    importBytes: 1024 * 1024 * whole(env, 'SAKSI_IMPORT_LIMIT_MB', defaults.importBytes / (1024 * 1024), 1),
  };
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min)
    throw new Error(`${name} must be a whole number of ${min} or more, not "${text}"`);
  return value;
}
