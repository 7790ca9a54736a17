import type { PlannedCommand } from './command-plan.js';
import { type CommandRecord, lastOutcome, type Outcome, sameRefusal, succeeded } from './command-outcome.js';
import { postCommand } from './post-command.js';

export interface LoadClientOptions {
  ledgerUrl: string;
  /** Bearer keys by the generated actor's name; citizens send none. */
  keys: ReadonlyMap<string, string>;
  /** Requests under way at once, at most. */
  maxInFlight: number;
  /** A request without an answer by then counts as unanswered. */
  requestTimeoutMs: number;
}

/**
 * Sends planned commands to the ledger as village offices' clients would: at a steady rate, each
 * with its actor's key and its Idempotency-Key, many at once but in order on each stream (a
 * family's payment waits for its registration's answer, and is held back when that had none). It
 * records what each attempt got: a success answer, an error answer, or no answer.
 */
export class LoadClient {
  readonly records: CommandRecord[];
  private readonly byKey = new Map<string, CommandRecord>();
  /** The ledger may name a grievance otherwise than the generator (an operator's key id is in it). */
  private readonly grievanceIds = new Map<string, string>();
  private next = 0;
  private credit = 0;
  private stopping = false;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  private readonly underway = new Set<Promise<boolean>>();
  private readonly waiting: (() => void)[] = [];
  private sending = 0;

  constructor(
    plan: readonly PlannedCommand[],
    private readonly options: LoadClientOptions,
  ) {
    this.records = plan.map((planned) => ({ planned, dispatched: false, deferred: false, outcomes: [] }));
    for (const record of this.records) this.byKey.set(record.planned.command.idempotencyKey, record);
  }

  /** Requests sent and not answered yet. */
  get inFlight(): number {
    return this.sending;
  }

  /** Starts sending at `ratePerSecond`, until stop() or the plan runs out. */
  start(ratePerSecond: number): void {
    const chains = new Map<string, Promise<boolean>>();
    this.loop = (async () => {
      const interval = 1000 / ratePerSecond;
      let due = performance.now();
      while (!this.stopping && this.next < this.records.length) {
        if (this.credit > 0) this.credit--;
        else {
          await this.sleep(due - performance.now());
          if (this.stopping) break;
          if (this.credit > 0) continue;
          // After a stall the rate resumes; the missed sends are not made up in a rush.
          due = Math.max(due + interval, performance.now() - interval);
        }
        this.dispatch(this.records[this.next++]!, chains);
      }
    })();
  }

  /** Dispatches the next `count` commands at once: a burst of appends for group commit. */
  burst(count: number): void {
    this.credit += count;
    this.wake?.();
  }

  /** Stops dispatching and waits for every request under way. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
    while (this.underway.size > 0) await Promise.all(this.underway);
  }

  /**
   * After recovery: sends again, with the same Idempotency-Key, every dispatched command without a
   * success answer (and the ones held back behind them), in order on each stream, round after round
   * until each has a success answer or was refused twice alike (a 4xx that does not depend on the
   * moment). Answers the commands still open after the last round.
   */
  async settle(rounds: number, pauseMs: number): Promise<CommandRecord[]> {
    for (let round = 0; round < rounds; round++) {
      const open = this.open();
      if (open.length === 0) break;
      if (round > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      const chains = new Map<string, Promise<boolean>>();
      for (const record of open) this.dispatch(record, chains);
      while (this.underway.size > 0) await Promise.all(this.underway);
    }
    return this.open();
  }

  /**
   * Refused alike under load and again after recovery: a 4xx that no fault caused (the first attempt
   * got it too) and no retry will change. A command that first got no answer and later a 4xx stays
   * open: that would be a fault's doing.
   */
  static refusedForGood(record: CommandRecord): boolean {
    const { outcomes } = record;
    return outcomes.length >= 2 && outcomes.every((outcome) => sameRefusal(outcome, outcomes[0]));
  }

  private open(): CommandRecord[] {
    return this.records.filter(
      (record) => record.dispatched && !succeeded(record) && !LoadClient.refusedForGood(record),
    );
  }

  private dispatch(record: CommandRecord, chains: Map<string, Promise<boolean>>): void {
    record.dispatched = true;
    const { subject, command } = record.planned;
    const before = [
      subject,
      ...Object.values(command.refs ?? {}).map((key) => this.byKey.get(key)?.planned.subject),
    ]
      .map((stream) => chains.get(stream ?? ''))
      .filter((chain): chain is Promise<boolean> => chain !== undefined);
    const done = Promise.all(before).then(async (ready) => {
      if (ready.some((ok) => !ok)) {
        if (record.outcomes.length === 0) record.deferred = true;
        return false;
      }
      return (await this.attempt(record)).kind === 'success';
    });
    chains.set(subject, done);
    this.underway.add(done);
    void done.finally(() => this.underway.delete(done));
  }

  private async attempt(record: CommandRecord): Promise<Outcome> {
    await this.slot();
    try {
      const { command, grievanceId } = record.planned;
      const body = { ...command.body };
      for (const [field, key] of Object.entries(command.refs ?? {})) {
        const answer = lastOutcome(this.byKey.get(key)!);
        if (answer?.kind === 'success') body[field] = answer.events[0]!.eventId;
      }
      const named = grievanceId && this.grievanceIds.get(grievanceId);
      const path = named ? command.path.replace(grievanceId, named) : command.path;
      const key = command.actor.name ? this.options.keys.get(command.actor.name) : undefined;
      const outcome = await postCommand(`${this.options.ledgerUrl}${path}`, body, {
        idempotencyKey: command.idempotencyKey,
        ...(key ? { bearer: key } : {}),
        timeoutMs: this.options.requestTimeoutMs,
      });
      record.outcomes.push(outcome);
      if (outcome.kind === 'success' && grievanceId && outcome.grievanceId)
        this.grievanceIds.set(grievanceId, outcome.grievanceId);
      return outcome;
    } finally {
      // The slot passes straight to a waiting request, so none can slip in between.
      const next = this.waiting.shift();
      if (next) next();
      else this.sending--;
    }
  }

  private slot(): Promise<void> {
    if (this.sending < this.options.maxInFlight) {
      this.sending++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private sleep(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
