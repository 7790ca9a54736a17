import type { PendingAppend } from '../append-plan.js';
import type { Sql } from '../postgres/sql.js';
import type { EventSealer } from './event-sealer.port.js';

export type SealedAppend = { append: PendingAppend } | { error: Error };

/** The appends with their events' data sealed, in one call for all of them; each refused alone. */
export async function sealAppends(
  sealer: EventSealer | undefined,
  sql: Sql,
  appends: readonly PendingAppend[],
): Promise<SealedAppend[]> {
  if (!sealer) return appends.map((append) => ({ append }));
  const requests = appends.flatMap((append) =>
    append.events.map((event) => ({
      eventId: event.eventId,
      streamId: append.streamId,
      type: event.type,
      data: event.data,
    })),
  );
  const outcomes = await sealer.seal(requests, sql);
  let next = 0;
  return appends.map((append) => {
    const sealed = append.events.map((event) => ({ event, outcome: outcomes[next++] }));
    const refused = sealed.find(({ outcome }) => !outcome || 'error' in outcome);
    if (refused) {
      const { outcome } = refused;
      return {
        error: outcome && 'error' in outcome ? outcome.error : new Error('sealing returned too few outcomes'),
      };
    }
    return {
      append: {
        ...append,
        events: sealed.map(({ event, outcome }) => ({ ...event, data: (outcome as { data: unknown }).data })),
      },
    };
  });
}
