/**
 * Every key the sentinel keeps, in one place. Ids and village codes never contain '/', so it
 * separates levels safely, and a prefix ending in '/' lists exactly one level's children.
 */
export const factKeys = {
  /** KpmFact: registration, status timeline, approval, death, payments. Written by its own stream. */
  kpm: (kpmId: string) => `kpm/${kpmId}`,
  /** NikEntry[]: every registration behind one NIK token. */
  nik: (token: string) => `nik/${token}`,
  /** ProgrammeFact: year and rules from programme.created. */
  programme: (programmeId: string) => `programme/${programmeId}`,
  /** AllocationFact: the newest allocation of a village for a programme. */
  allocation: (programmeId: string, villageCode: string) => `allocation/${programmeId}/${villageCode}`,
  /** VillagePaidFact: sum and positions of paid (not reversed) amounts of a village's KPM. */
  villagePaid: (programmeId: string, villageCode: string) => `village-paid/${programmeId}/${villageCode}`,
  /** true: the villages a programme has KPM in (for the scans, village by village). */
  programmeVillage: (programmeId: string, villageCode: string) =>
    `programme-village/${programmeId}/${villageCode}`,
  /** kpmId: the KPM of a village and programme. */
  roster: (programmeId: string, villageCode: string, kpmId: string) =>
    `roster/${programmeId}/${villageCode}/${kpmId}`,
  /** true: a KPM with facts recorded before its programme was known, to re-check when it is. */
  awaitingProgramme: (programmeId: string, kpmId: string) => `awaiting-programme/${programmeId}/${kpmId}`,
  /** SessionFact: schedule, held, attendance. */
  session: (sessionId: string) => `session/${sessionId}`,
  /** KpmSessionEntry[]: the sessions a KPM's members attended. */
  kpmSessions: (kpmId: string) => `kpm-sessions/${kpmId}`,
  /** string[]: the sessions of a village and programme, for the women's share. */
  villageSessions: (programmeId: string, villageCode: string) =>
    `village-sessions/${programmeId}/${villageCode}`,
  /** sessionId: the sessions held on a day, for the scan of sessions without attendance. */
  held: (day: string, sessionId: string) => `held/${day}/${sessionId}`,
  /** ActorDayFact: payments one actor recorded for one paidOn day. */
  actorPaid: (actor: string, day: string) => `actor-paid/${actor}/${day}`,
  /** CorrectableRef: where the facts of an event that a correction may name live. */
  event: (eventId: string) => `event/${eventId}`,
  /** RaisedMark: an alert key already returned, so it is returned once. */
  raised: (alertKey: string) => `raised/${alertKey}`,
};
