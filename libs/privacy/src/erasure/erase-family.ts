import { catalogue, type PersonalDataErased } from '@saksi/events';
import type { PostgresEventStore } from '@saksi/event-store';
import type { DataSource } from 'typeorm';
import { destroyKey, erasedAt } from '../postgres/data-keys.js';
import { PersonalDataError } from '../privacy.errors.js';
import { familySubject } from '../subjects.js';

export interface ErasureRequest {
  kpmId: string;
  /** The legal ground (a court order, the family's request under UU 27/2022); never a name. */
  reason: string;
  /** Who erased: an access key's id, or `cli:<user>`. */
  actor: string;
  source: string;
}

export interface Erasure {
  kpmId: string;
  erasedAt: Date;
  /** The `personal-data.erased` event, on the family's own stream. */
  event: { streamId: string; eventId: string; position: number };
}

/**
 * Erases a family's personal data in one transaction: the event that records it is appended and the
 * family's data key destroyed together, or neither happens. The append comes first so this takes
 * the log's lock before the key's row, in the order every append does, and two erasures cannot
 * deadlock with a writer sealing data of the same family. A family already erased is refused
 * (409), and nothing is appended.
 */
export async function eraseFamily(
  store: PostgresEventStore,
  dataSource: DataSource,
  request: ErasureRequest,
): Promise<Erasure> {
  const { kpmId } = request;
  const subject = familySubject(kpmId);
  // The family's stream, as the ledger names it (kpm-<id>): the erasure goes in order with its registration.
  const streamId = `kpm-${kpmId}`;
  if (!subject || (await store.streamVersion(streamId)) === 0) throw PersonalDataError.familyNotFound(kpmId);
  const type = 'personal-data.erased';
  const { data } = catalogue.validate<PersonalDataErased>({ type, data: { kpmId, reason: request.reason } });
  return dataSource.transaction(async (manager) => {
    const sql = <T>(text: string, values?: unknown[]) => manager.query<T[]>(text, values);
    const appended = await store.appendWithin(
      manager,
      streamId,
      [
        {
          type,
          schemaVersion: catalogue.currentVersion(type),
          data,
          metadata: { actor: request.actor, source: request.source },
          occurredAt: new Date(),
        },
      ],
      'any',
    );
    const erased = await destroyKey(sql, subject);
    if (!erased) throw PersonalDataError.alreadyErased(kpmId, (await erasedAt(sql, subject))!);
    const [event] = appended.events;
    return {
      kpmId,
      erasedAt: erased,
      event: { streamId, eventId: event!.eventId, position: event!.position },
    };
  });
}
