export type Severity = 'low' | 'medium' | 'high' | 'critical';

export type DetailValue = string | number | boolean | null;

/**
 * What a rule found, before it becomes an alert event. The caller turns `alertKey` into a UUIDv5
 * event id, so one anomaly is one alert however often its events are delivered or replayed.
 */
export interface AlertCandidate {
  ruleCode: string;
  severity: Severity;
  /** The rule code and the anomaly's identity (a payment, a KPM and a period…), never a position. */
  alertKey: string;
  villageCode: string | null;
  programmeId: string | null;
  /** What the alert is about, for a human: 'kpm kpm-123', 'village 11.01.01.2001 / programme p-2024'. */
  subject: string;
  /** Log positions of the events behind it, sorted and unique. */
  evidence: number[];
  /** Figures for the inspector; never personal data in clear (a masked NIK at most). */
  details: Record<string, DetailValue>;
}

export interface Finding {
  /** The parts that name the anomaly: the same anomaly always gives the same parts. */
  identity: readonly string[];
  villageCode: string | null;
  programmeId: string | null;
  subject: string;
  /** Most telling first: past MAX_EVIDENCE the rest is left out, and details.evidenceOmitted counts it. */
  evidence: readonly number[];
  details: Record<string, DetailValue>;
}

/** What one alert.raised event may carry; a village's whole payment year can be more. */
export const MAX_EVIDENCE = 1_000;

/** Parts are URI-encoded so that an actor name with a '/' cannot make two identities collide. */
export function alertKey(ruleCode: string, identity: readonly string[]): string {
  return `${ruleCode}:${identity.map(encodeURIComponent).join('/')}`;
}

export function raise(rule: { code: string; severity: Severity }, found: Finding): AlertCandidate {
  const evidence = [...new Set(found.evidence)];
  const omitted = evidence.length - MAX_EVIDENCE;
  return {
    ruleCode: rule.code,
    severity: rule.severity,
    alertKey: alertKey(rule.code, found.identity),
    villageCode: found.villageCode,
    programmeId: found.programmeId,
    subject: found.subject,
    evidence: evidence.slice(0, MAX_EVIDENCE).sort((a, b) => a - b),
    details: omitted > 0 ? { ...found.details, evidenceOmitted: omitted } : found.details,
  };
}
