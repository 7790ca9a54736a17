import { alertKey } from '../alert-candidate.js';

/**
 * One alert the rules should raise on a planted programme. A plant may by its nature be another
 * rule's anomaly too (one NIK in two villages of one programme is also a NIK twice in the
 * programme): that alert is expected as well, with `cause` naming the rule that was planted, so a
 * co-alert counts as a true positive and not against the other rule's precision.
 */
export interface ExpectedAlert {
  ruleCode: string;
  alertKey: string;
  /** The rule whose instance was planted; equal to ruleCode unless this is a co-alert. */
  cause: string;
  /** Which form of the anomaly was planted, for reading misses. */
  variant: string;
}

/** A rule that cannot fire under the programme's rules or the sentinel's config, and why. */
export interface NotPlantable {
  ruleCode: string;
  reason: string;
}

export class GroundTruth {
  readonly expected: ExpectedAlert[] = [];
  readonly notPlantable: NotPlantable[] = [];

  expect(ruleCode: string, identity: readonly string[], variant: string, cause = ruleCode): void {
    this.expected.push({ ruleCode, alertKey: alertKey(ruleCode, identity), cause, variant });
  }
}
