import type { AppendOutcome, PendingAppend } from '../append-plan.js';
import type { AppendResult } from '../append-result.js';
import { MAX_EVENTS_PER_APPEND } from '../new-event.validation.js';

interface Waiting {
  append: PendingAppend;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

/**
 * Gathers appends while one transaction commits and hands them to the next as one group. A lone
 * append starts at once, so nothing waits for a timer; under load the groups grow by themselves,
 * and the log's single lock is taken once per group instead of once per append.
 */
export class GroupCommit {
  private waiting: Waiting[] = [];
  private committing = false;

  constructor(
    private readonly commit: (appends: PendingAppend[]) => Promise<AppendOutcome[]>,
    private readonly maxEvents = MAX_EVENTS_PER_APPEND,
  ) {}

  submit(append: PendingAppend): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ append, resolve, reject });
      if (!this.committing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.committing = true;
    try {
      while (this.waiting.length > 0) await this.settle(this.nextGroup());
    } finally {
      this.committing = false;
    }
  }

  private nextGroup(): Waiting[] {
    let events = 0;
    let taken = 0;
    while (taken < this.waiting.length) {
      events += this.waiting[taken]!.append.events.length;
      if (taken > 0 && events > this.maxEvents) break;
      taken++;
    }
    return this.waiting.splice(0, taken);
  }

  private async settle(group: Waiting[]): Promise<void> {
    let outcomes: AppendOutcome[];
    try {
      outcomes = await this.commit(group.map((waiting) => waiting.append));
    } catch (error) {
      if (group.length === 1) return group[0]!.reject(error);
      // Something the plan could not foresee failed the whole transaction: one append alone at a
      // time, so only the one at fault is refused.
      for (const waiting of group) await this.settle([waiting]);
      return;
    }
    group.forEach((waiting, index) => {
      const outcome = outcomes[index];
      if (!outcome) waiting.reject(new Error('a group commit returned too few outcomes'));
      else if ('error' in outcome) waiting.reject(outcome.error);
      else waiting.resolve(outcome.result);
    });
  }
}
