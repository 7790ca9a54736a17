import { type BeneficiaryRegistered, catalogue, type EventCorrected, PERSONAL_FIELDS } from '@saksi/events';
import type { RecordedEvent } from '@saksi/event-store';

export type Registration = BeneficiaryRegistered['data'];

/**
 * A family's registration in clear, as its stream's first event recorded it and with any
 * corrections of that event laid over it (as the read models apply them). Undefined when the
 * stream does not start with a registration.
 */
export function clearRegistration(history: readonly RecordedEvent[]): Registration | undefined {
  const [first] = history;
  if (!first || first.type !== 'beneficiary.registered') return undefined;
  let registration = catalogue.read(first).data as Registration;
  for (const event of history) {
    if (event.type !== 'event.corrected') continue;
    const correction = catalogue.read(event).data as EventCorrected['data'];
    if (correction.correctsEventId === first.eventId)
      registration = { ...registration, ...correction.fields };
  }
  return registration;
}

/** The personal fields (the data policy's paths) that this registration actually holds. */
export function personalFieldsOf(registration: Registration): string[] {
  return Object.keys(PERSONAL_FIELDS['beneficiary.registered'] ?? {}).filter((path) =>
    holds(registration, path.split('.')),
  );
}

function holds(value: unknown, path: string[]): boolean {
  if (value === null || typeof value !== 'object') return false;
  const [head, ...rest] = path as [string, ...string[]];
  const record = value as Record<string, unknown>;
  if (head.endsWith('[]')) {
    const items = record[head.slice(0, -2)];
    return Array.isArray(items) && items.some((item) => holds(item, rest));
  }
  if (rest.length === 0) return record[head] !== undefined && record[head] !== null;
  return holds(record[head], rest);
}
