import { v5 as uuidv5 } from 'uuid';

/** Saksi's own namespace for alert ids (a random UUID, fixed forever). */
const ALERT_NAMESPACE = '6f1c0f4e-2d53-4c8e-9a8e-3b1f0a7d5c21';

/** One anomaly, one id: the same alert key always gives the same alert (and event) id. */
export function alertIdFor(alertKey: string): string {
  return uuidv5(alertKey, ALERT_NAMESPACE);
}
