import type { Draft } from './draft-log.js';
import type { Household, Person } from './people.js';

/**
 * How a KPM's year goes. Most are plain: approved at the Musdes and paid every month. The others
 * live through what happens to real families without breaking a rule (rejected at the Musdes, moved
 * away, died, suspended and paid back, a bounced transfer paid again, a month paid in the first days
 * of the next, a typo corrected). Plants
 * take only plain KPM, so one plant never lands on another's family.
 */
export type Flavour =
  | 'plain'
  | 'rejected'
  | 'exited'
  | 'deceased'
  | 'suspended'
  | 'reversed'
  | 'failed'
  | 'late'
  | 'corrected-paid-on'
  | 'corrected-musdes'
  | 'planted';

/** Villages whose village-wide figures are planted; none of them carries two such plants. */
export type VillageRole = 'women-share-low' | 'above-allocation' | 'share-out-of-range';

export type PaymentChannel = 'cash' | 'bank' | 'post-office' | 'e-wallet';

export interface Village {
  index: number;
  /** Dotted official-looking code, e.g. 32.01.01.2001. */
  code: string;
  digits: string;
  district6: string;
  /** Families registered in the year (before planted extras); null: drawn from `kpmPerVillage`. */
  families: number | null;
  /** The day of the month the village usually pays on. */
  payday: number;
  musdesDay: number;
  channel: PaymentChannel;
  role: VillageRole | null;
  /** This village's rank among those with its role: picks the planted variant. */
  roleIndex: number;
  kpms: Kpm[];
  sessions: Session[];
  /** The allocation decree, and a revision for some: amounts filled in once payments are known. */
  allocations: Draft[];
  counters: { kpm: number; session: number; other: number };
  /** Who records what: payments are split over enough recorders that no payday is a burst. */
  actors: { operator: string; sekdes: string; pendamping: string; recorders: string[] };
}

export interface Kpm {
  kpmId: string;
  streamId: string;
  village: Village;
  household: Household;
  flavour: Flavour;
  /** The village treasury staff member who records this family's payments. */
  recorder: string;
  registration: Draft;
  approval: Draft | null;
  /** The regular payment of each period paid, by period (YYYY-MM). */
  payments: Map<string, Draft>;
  /** Who the household usually sends to training, once chosen. */
  attendee: Person | null;
}

export interface Attendance {
  kpm: Kpm;
  draft: Draft;
  /** Planted: the women's share balancing must not change who attended. */
  fixed: boolean;
}

export interface Session {
  sessionId: string;
  streamId: string;
  village: Village;
  schedule: Draft;
  held: Draft | null;
  attendance: Attendance[];
  startsAt: number;
  endsAt: number;
  /** Taken by a plant: no second plant changes it. */
  used: boolean;
}
