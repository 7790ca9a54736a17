import { forEachPersonalField, mayHoldPersonalData } from '@saksi/events';
import type { EventSealer, RecordedEvent, SealOutcome, SealRequest, Sql } from '@saksi/event-store';
import { type FieldKeys, fieldKeys, unwrapDataKey } from './crypto/data-key.js';
import { openField, sealField, subjectOfSealed } from './crypto/field-seal.js';
import { existingKeys, keysFor, type WrappedKeys } from './postgres/data-keys.js';
import { PersonalDataError } from './privacy.errors.js';
import { subjectsOf } from './seal-subjects.js';

/**
 * Seals every personal field the policy names (PERSONAL_FIELDS, a correction's fields included)
 * under its subject's data key, and opens them again on reads. Keys are fetched once per call (one
 * batch of appends or of reads) and never kept: once a subject is erased, the next read anywhere
 * finds its fields absent.
 */
export class PersonalDataSealer implements EventSealer {
  constructor(private readonly master: Buffer) {}

  async seal(requests: readonly SealRequest[], sql: Sql): Promise<SealOutcome[]> {
    const holding = requests.map(holdsPersonalFields);
    if (!holding.some(Boolean)) return requests.map((request) => ({ data: request.data }));
    const subjects = await subjectsOf(requests, holding, sql);
    const wanted = subjects.filter((subject): subject is string => typeof subject === 'string');
    const wrapped = await keysFor(sql, this.master, wanted);
    const keys = new Map<string, FieldKeys | null>();
    return requests.map((request, index): SealOutcome => {
      const subject = subjects[index];
      if (!holding[index] || subject === undefined) return { data: request.data };
      if (subject instanceof Error) return { error: subject };
      const fieldKeys = this.keysOf(keys, wrapped, subject);
      if (!fieldKeys) return { error: PersonalDataError.recordingErased(subject) };
      const data = structuredClone(request.data);
      forEachPersonalField({ type: request.type, data }, (holder, key, { path }) => {
        holder[key] = sealField(fieldKeys, { eventId: request.eventId, path }, holder[key]);
      });
      return { data };
    });
  }

  async open(events: RecordedEvent[], sql: Sql): Promise<RecordedEvent[]> {
    const subjects = new Set<string>();
    const sealed = events.map((event) => {
      let found = false;
      if (mayHoldPersonalData(event))
        forEachPersonalField(event, (holder, key) => {
          const subject = subjectOfSealed(holder[key]);
          if (subject) subjects.add(subject);
          found ||= subject !== undefined;
        });
      return found;
    });
    if (subjects.size === 0) return events;
    const wrapped = await existingKeys(sql, [...subjects]);
    const keys = new Map<string, FieldKeys | null>();
    return events.map((event, index) => {
      if (!sealed[index]) return event;
      const data = structuredClone(event.data);
      forEachPersonalField({ type: event.type, data }, (holder, key, { path }) => {
        const subject = subjectOfSealed(holder[key]);
        if (!subject) return;
        const fieldKeys = this.keysOf(keys, wrapped, subject);
        if (fieldKeys)
          holder[key] = openField(fieldKeys, { eventId: event.eventId, path }, holder[key] as string);
        else delete holder[key];
      });
      return { ...event, data };
    });
  }

  /** Throws, at start-up rather than at the first read, when the master key is not this database's. */
  assertOpens(subject: string, wrappedKey: Buffer): void {
    this.unwrap(subject, wrappedKey);
  }

  /**
   * A subject's field keys, unwrapped once per call; null when erased. A subject without a row at
   * all reads as erased too: its key is gone, however that came about.
   */
  private keysOf(
    cache: Map<string, FieldKeys | null>,
    wrapped: WrappedKeys,
    subject: string,
  ): FieldKeys | null {
    let keys = cache.get(subject);
    if (keys === undefined) {
      const wrappedKey = wrapped.get(subject);
      keys = wrappedKey ? fieldKeys(subject, this.unwrap(subject, wrappedKey)) : null;
      cache.set(subject, keys);
    }
    return keys;
  }

  private unwrap(subject: string, wrappedKey: Buffer): Buffer {
    try {
      return unwrapDataKey(this.master, subject, wrappedKey);
    } catch (error) {
      throw new Error(
        'SAKSI_PERSONAL_DATA_KEY does not open the data keys of this database: it is not the key they were made with.',
        { cause: error },
      );
    }
  }
}

function holdsPersonalFields(request: SealRequest): boolean {
  let holds = false;
  if (mayHoldPersonalData(request)) forEachPersonalField(request, () => (holds = true));
  return holds;
}
