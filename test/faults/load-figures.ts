import type { CommandRecord } from './command-outcome.js';
import { LoadClient } from './load-client.js';

/** How the commands fared under load: first attempts only. */
export interface FirstAnswers {
  sent: number;
  success: number;
  error: number;
  noAnswer: number;
  /** Held back behind a command on the same stream that had no success answer. */
  deferred: number;
  /** Problem codes and reasons of the failed first attempts, most frequent first. */
  failures: string;
}

export function firstAnswers(records: readonly CommandRecord[]): FirstAnswers {
  const counts = { sent: 0, success: 0, error: 0, noAnswer: 0, deferred: 0 };
  const reasons = new Map<string, number>();
  for (const record of records) {
    if (record.deferred) counts.deferred++;
    const first = record.outcomes[0];
    if (!first) continue;
    counts.sent++;
    if (first.kind === 'success') counts.success++;
    else if (first.kind === 'error') counts.error++;
    else counts.noAnswer++;
    if (first.kind !== 'success') {
      const reason = first.kind === 'error' ? `${first.status} ${first.code}` : `no answer ${first.reason}`;
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
  }
  const failures = [...reasons]
    .sort((a, b) => b[1] - a[1])
    .map(([reason, times]) => `${times}× ${reason}`)
    .join('; ');
  return { ...counts, failures: failures || 'none' };
}

/** After recovery: what the retries with the same keys did. */
export interface RetryFigures {
  /** Commands sent again (or, held back, sent at last) after recovery. */
  retried: number;
  /** Attempts made after recovery. */
  retryAttempts: number;
  /** Of those, commands that now have a success answer. */
  landedAfterRetry: number;
  /** Refused twice alike: a 4xx that does not depend on the moment. */
  refusedForGood: number;
}

export function retryFigures(
  records: readonly CommandRecord[],
  attemptsBefore: ReadonlyMap<CommandRecord, number>,
): RetryFigures {
  const figures = { retried: 0, retryAttempts: 0, landedAfterRetry: 0, refusedForGood: 0 };
  for (const record of records) {
    const more = record.outcomes.length - (attemptsBefore.get(record) ?? 0);
    if (more === 0) continue;
    figures.retried++;
    figures.retryAttempts += more;
    if (record.outcomes.at(-1)?.kind === 'success') figures.landedAfterRetry++;
    if (LoadClient.refusedForGood(record)) figures.refusedForGood++;
  }
  return figures;
}
