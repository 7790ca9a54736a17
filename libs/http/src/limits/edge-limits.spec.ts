import { describe, expect, it } from '@jest/globals';
import { DEFAULT_EDGE_LIMITS, edgeLimitsFromEnv } from './edge-limits.js';

describe('edge limits from the environment', () => {
  it('are the defaults when nothing is set', () => {
    expect(edgeLimitsFromEnv({})).toEqual(DEFAULT_EDGE_LIMITS);
    expect(DEFAULT_EDGE_LIMITS).toEqual({
      publicRequests: { limit: 600, windowMs: 60_000 },
      failedKeys: { limit: 20, windowMs: 600_000 },
      importBytes: 64 * 1024 * 1024,
    });
  });

  it('take counts, windows in seconds and the import size in megabytes', () => {
    expect(
      edgeLimitsFromEnv({
        SAKSI_PUBLIC_RATE_LIMIT: '100000',
        SAKSI_PUBLIC_RATE_WINDOW_SECONDS: '10',
        SAKSI_FAILED_KEY_LIMIT: ' 5 ',
        SAKSI_FAILED_KEY_WINDOW_SECONDS: '60',
        SAKSI_IMPORT_LIMIT_MB: '2',
      }),
    ).toEqual({
      publicRequests: { limit: 100_000, windowMs: 10_000 },
      failedKeys: { limit: 5, windowMs: 60_000 },
      importBytes: 2 * 1024 * 1024,
    });
  });

  it('turn a limit off with 0, but never a window or the import size', () => {
    expect(edgeLimitsFromEnv({ SAKSI_PUBLIC_RATE_LIMIT: '0' }).publicRequests.limit).toBe(0);
    expect(() => edgeLimitsFromEnv({ SAKSI_PUBLIC_RATE_WINDOW_SECONDS: '0' })).toThrow(
      'SAKSI_PUBLIC_RATE_WINDOW_SECONDS must be a whole number of 1 or more, not "0"',
    );
    expect(() => edgeLimitsFromEnv({ SAKSI_IMPORT_LIMIT_MB: '0' })).toThrow('SAKSI_IMPORT_LIMIT_MB');
  });

  it('refuse what is not a whole number, rather than read it as no limit', () => {
    for (const value of ['ten', '1.5', '-1', '1e3x'])
      expect(() => edgeLimitsFromEnv({ SAKSI_FAILED_KEY_LIMIT: value })).toThrow(
        `SAKSI_FAILED_KEY_LIMIT must be a whole number of 0 or more, not "${value}"`,
      );
  });
});
