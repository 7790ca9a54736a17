/**
 * Whose personal data an event holds: the subject whose data key seals it, and whose erasure makes
 * it unreadable. A family (`kpm:<kpmId>`) owns its registration, the corrections of it, and the
 * attendance of its members at training (a member's birth date is the family's to erase); a
 * grievance (`grievance:<id>`) owns the contact its citizen gave.
 */
const SUBJECT_OF: Partial<Record<string, (data: Record<string, unknown>) => string | undefined>> = {
  'beneficiary.registered': (data) => familySubject(data['kpmId']),
  'training.attendance-recorded': (data) => familySubject(data['kpmId']),
  'grievance.filed': (data) => idSubject('grievance', data['grievanceId']),
};

export function familySubject(kpmId: unknown): string | undefined {
  return idSubject('kpm', kpmId);
}

/** The subject of an event of `type` with `data`; a correction's is that of the event it corrects. */
export function subjectOf(type: string, data: unknown): string | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  return SUBJECT_OF[type]?.(data as Record<string, unknown>);
}

const ENTITY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

function idSubject(kind: string, id: unknown): string | undefined {
  return typeof id === 'string' && ENTITY_ID.test(id) ? `${kind}:${id}` : undefined;
}
