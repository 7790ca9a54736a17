import type { AlertRaised } from '@saksi/events';

/** What every channel tells about an alert at a level: the webhook's JSON body, as it is sent. */
export interface AlertNotice {
  alertId: string;
  ruleCode: string;
  severity: AlertRaised['data']['severity'];
  villageCode: string | null;
  programmeId: string | null;
  subject: string;
  /** Log positions of the events behind the alert. */
  evidence: number[];
  details: AlertRaised['data']['details'];
  level: number;
}

export function alertNotice(alert: AlertRaised['data'], level: number): AlertNotice {
  return {
    alertId: alert.alertId,
    ruleCode: alert.ruleCode,
    severity: alert.severity,
    villageCode: alert.villageCode,
    programmeId: alert.programmeId,
    subject: alert.subject,
    evidence: alert.evidence,
    details: alert.details,
    level,
  };
}
