import type { EventHandler } from '@saksi/consumers';
import type { EntityManager } from 'typeorm';
import { type CurrentEvent, currentEvent } from './read-models/current-event.js';

/**
 * A read model fed by the log. Its rows and its checkpoint are written in one transaction (the
 * consumers' exactly-once applier), and `tables` lists what it owns, so a rebuild or an "as of"
 * query can build a private copy of exactly those tables with the same handler.
 */
export interface Projection extends EventHandler {
  readonly tables: readonly string[];
}

/** A projection whose events are applied one by one, each in its newest schema version. */
export function eventByEvent(
  name: string,
  tables: readonly string[],
  apply: (event: CurrentEvent, manager: EntityManager) => Promise<void>,
): Projection {
  return {
    name,
    tables,
    async handle(events, manager) {
      for (const event of events.map(currentEvent)) await apply(event, manager);
    },
  };
}
