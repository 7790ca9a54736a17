import type { EventHandler } from '@saksi/consumers';
import { type CurrentEvent, currentEvent } from './read-models/current-event.js';
import type { Step } from './read-models/step.js';
import { applySteps } from './runner/apply-steps.js';

/**
 * A read model fed by the log. Its rows and its checkpoint are written in one transaction (the
 * consumers' exactly-once applier), and `tables` lists what it owns, so a rebuild or an "as of"
 * query can build a private copy of exactly those tables with the same handler.
 */
export interface Projection extends EventHandler {
  readonly tables: readonly string[];
}

/**
 * A projection that turns each event, in its newest schema version, into a step (or nothing), and
 * applies a batch's steps set by set: the rows come out as if the events were applied one by one.
 */
export function stepByStep(
  name: string,
  tables: readonly string[],
  stepOf: (event: CurrentEvent) => Step | undefined,
): Projection {
  return {
    name,
    tables,
    async handle(events, manager) {
      const steps: Step[] = [];
      for (const event of events) {
        const step = stepOf(currentEvent(event));
        if (step) steps.push(step);
      }
      await applySteps(steps, manager);
    },
  };
}
