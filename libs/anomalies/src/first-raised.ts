import type { AlertCandidate } from './alert-candidate.js';
import type { FactStore } from './fact-store.port.js';
import { factKeys } from './facts/keys.js';
import type { SentinelConfig } from './sentinel-config.js';

export interface RaisedMark {
  ruleCode: string;
  /** The event that raised it; null for a scan. */
  position: number | null;
  configVersion: string;
}

/**
 * Keeps the candidates whose key was never returned before, and marks them with the config version
 * they were judged under (the caller puts that version on the alert.raised event). One anomaly is
 * often found again (a third registration of one NIK, every payment past a burst's threshold, a
 * daily scan): the caller gets it once. The marks live in the same FactStore, so the caller must
 * persist the returned alerts in the same transaction; its UUIDv5 event ids remain a second guard.
 */
export async function keepFirstRaised(
  found: readonly AlertCandidate[],
  facts: FactStore,
  config: SentinelConfig,
  position: number | null,
): Promise<AlertCandidate[]> {
  const fresh: AlertCandidate[] = [];
  for (const candidate of found) {
    const key = factKeys.raised(candidate.alertKey);
    if (fresh.some((kept) => kept.alertKey === candidate.alertKey) || (await facts.get(key))) continue;
    await facts.put<RaisedMark>(key, {
      ruleCode: candidate.ruleCode,
      position,
      configVersion: config.version,
    });
    fresh.push(candidate);
  }
  return fresh;
}
