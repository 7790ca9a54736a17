import type { PlannedCommand } from './command-plan.js';

/** An event the ledger named in a success answer. */
export interface AnsweredEvent {
  eventId: string;
  type: string;
  position: number;
}

/** What one attempt got back: a success answer, an error answer, or no answer at all. */
export type Outcome =
  | { kind: 'success'; status: number; streamId: string; events: AnsweredEvent[]; grievanceId?: string }
  | { kind: 'error'; status: number; code: string }
  | { kind: 'no-answer'; reason: string };

/** One planned command's history: its first attempt under load, and every attempt since. */
export interface CommandRecord {
  planned: PlannedCommand;
  /** Dispatched by the load (sent, or held back behind a failed command on its stream). */
  dispatched: boolean;
  /** Not sent under load because an earlier command on its stream had no success answer yet. */
  deferred: boolean;
  outcomes: Outcome[];
}

export const lastOutcome = (record: CommandRecord): Outcome | undefined => record.outcomes.at(-1);

export const succeeded = (record: CommandRecord): boolean => lastOutcome(record)?.kind === 'success';

/** A refusal that does not depend on the moment: a 4xx answer, as opposed to a 5xx or silence. */
export function sameRefusal(a: Outcome | undefined, b: Outcome | undefined): boolean {
  return (
    a?.kind === 'error' &&
    b?.kind === 'error' &&
    a.status >= 400 &&
    a.status < 500 &&
    a.status === b.status &&
    a.code === b.code
  );
}

/** "503 LOG.UNAVAILABLE", "no answer (ECONNREFUSED)": for a failure message. */
export function describeOutcome(outcome: Outcome | undefined): string {
  if (!outcome) return 'not sent';
  if (outcome.kind === 'success') return `${outcome.status}`;
  if (outcome.kind === 'error') return `${outcome.status} ${outcome.code}`;
  return `no answer (${outcome.reason})`;
}
