/**
 * What people wrote in their own words, which no Kafka topic carries: a citizen's grievance and the
 * answer to it often name a family or give a NIK. Staff read them from the log (the grievance's
 * tracking page, the forum-tier history); no consumer of the topic needs them, and its readers are
 * not those staff. Applied beside withoutPersonalData by the relay and the in-process feed alike.
 */
const FREE_TEXT: Readonly<Record<string, readonly string[]>> = {
  'grievance.filed': ['text'],
  'grievance.answered': ['answer'],
};

/** The data without its free text; a correction loses the free text of the type it corrects. */
export function withoutFreeText(type: string, data: unknown): unknown {
  if (type === 'event.corrected') {
    const correction = data as { correctsType?: unknown; fields?: unknown };
    if (typeof correction.correctsType !== 'string' || !FREE_TEXT[correction.correctsType]) return data;
    return { ...correction, fields: withoutFreeText(correction.correctsType, correction.fields) };
  }
  const fields = FREE_TEXT[type];
  if (!fields || data === null || typeof data !== 'object') return data;
  return Object.fromEntries(Object.entries(data).filter(([field]) => !fields.includes(field)));
}
