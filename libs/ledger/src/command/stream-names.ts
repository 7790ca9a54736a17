/** One stream per thing a decision is about; the prefix tells what kind of thing it is. */
export const streams = {
  programme: (programmeId: string) => `programme-${programmeId}`,
  kpm: (kpmId: string) => `kpm-${kpmId}`,
  training: (sessionId: string) => `training-${sessionId}`,
  grievance: (grievanceId: string) => `grievance-${grievanceId}`,
  finding: (findingId: string) => `finding-${findingId}`,
  alert: (alertId: string) => `alert-${alertId}`,
};
