import type { SeededRandom } from '@saksi/anomalies';

/** Each app killed with SIGKILL, and each piece of infrastructure taken away, under load. */
export const FAULT_KINDS = [
  'ledger',
  'relay',
  'projector',
  'sentinel',
  'kafka',
  'redis',
  'postgres',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface PlannedFault {
  kind: FaultKind;
  /** Load before the fault. */
  afterMs: number;
  /** How long infrastructure stays away (apps are restarted at once, as a supervisor would). */
  outageMs: number;
  /** Kafka: SIGKILL instead of an orderly stop. */
  hard: boolean;
}

export interface FaultPlanOptions {
  rounds: number;
  /** Load between two faults, at least and at most. */
  gapMs: [number, number];
  outageMs: [number, number];
}

/** Every kind once a round, in an order and at moments the seed decides. */
export function planFaults(random: SeededRandom, options: FaultPlanOptions): PlannedFault[] {
  const faults: PlannedFault[] = [];
  for (let round = 0; round < options.rounds; round++) {
    for (const kind of random.shuffle(FAULT_KINDS))
      faults.push({
        kind,
        afterMs: random.int(...options.gapMs),
        outageMs: random.int(...options.outageMs),
        // The first round stops the broker in order; later rounds also crash it.
        hard: kind === 'kafka' && round > 0 && random.chance(0.5),
      });
  }
  return faults;
}
