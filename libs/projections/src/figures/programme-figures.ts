import type { AreaLevel } from './area-scope.js';
import type { Period } from './period.js';

export interface Counts {
  registered: number;
  approved: number;
  active: number;
  exited: number;
}

/**
 * A programme's figures for an area and a period. Families (KPM) are counted as they stood on the
 * period's last day; money, training and grievances are what happened within the period. Sex and
 * age group are the head of the family's: youth up to 30 (UU 40/2009 on youth), elderly from 60
 * (UU 13/1998 on the elderly), by birth year.
 */
export interface ProgrammeFigures {
  area: { code: string; level: AreaLevel };
  programmeId: string;
  period: Period;
  funds: {
    villages: number;
    danaDesa: number;
    allocation: number;
    /** BLT-DD allocation as a share of Dana Desa (0-1), null without Dana Desa. */
    allocationShare: number | null;
  };
  kpm: Counts & {
    bySex: { F: Counts; M: Counts };
    byAgeGroup: { youth: Counts; adult: Counts; elderly: Counts; unknown: Counts };
  };
  payments: {
    due: number;
    paid: number;
    paidCount: number;
    failed: number;
    failedCount: number;
    reversed: number;
    late: number;
  };
  training: {
    sessionsHeld: number;
    attendance: number;
    attendanceBySex: { F: number; M: number };
    /** Active families of whom someone attended at least one session in the period. */
    kpmTrained: number;
    kpmTrainedShare: number | null;
    kpmTrainedBySex: { F: number; M: number };
  };
  grievances: { filed: number; answered: number; medianDaysToAnswer: number | null };
  /** How far into the log these figures reach. */
  asOf: { position: number };
}

/** The figures whose events can be listed (provenance), each a name a link can carry. */
export const FIGURE_NAMES = [
  'allocation',
  'kpm.registered',
  'kpm.approved',
  'kpm.active',
  'kpm.exited',
  'payments.due',
  'payments.paid',
  'payments.failed',
  'payments.reversed',
  'payments.late',
  'training.sessionsHeld',
  'training.attendance',
  'grievances.filed',
  'grievances.answered',
] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];
