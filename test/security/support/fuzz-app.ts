import type { StaffRole } from '@saksi/access';
import { type PortalTestApp, startPortalTestApp } from '../../../libs/portal/src/testing/portal-test-app.js';

/**
 * The embedded default with alert delivery, as `npm start` runs it (its admin routes, subscriptions
 * and dead letters, are write routes too), tuned so the fuzz reaches validation and judges it alone.
 */
export function startFuzzApp(
  holders: Record<string, { role: StaffRole; readonly villages?: readonly string[] }>,
): Promise<PortalTestApp> {
  // The limits per address have a suite of their own; here they would answer 429 before validation.
  process.env['SAKSI_PUBLIC_RATE_LIMIT'] = '0';
  process.env['SAKSI_FAILED_KEY_LIMIT'] = '0';
  const keyHolders = Object.fromEntries(
    Object.entries(holders).map(([name, { role, villages }]) => [
      name,
      { role, ...(villages ? { villages: [...villages] } : {}) },
    ]),
  );
  return startPortalTestApp('fuzz', keyHolders, {
    // The portal's own limit on grievances per address would stop the fuzz long before validation.
    grievanceLimits: { perAddress: 1_000_000 },
    // One attempt, so a failing delivery is a dead letter at once; the daily scan a day away, so it
    // never appends alerts while a refusal is being checked for having written nothing.
    delivery: { queue: { attempts: 1, backoffMs: 10, scan: { everyMs: 86_400_000 } } },
  });
}
