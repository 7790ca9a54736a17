import type { FactStore } from '../fact-store.port.js';
import { factKeys } from './keys.js';

export type KpmStatus =
  'registered' | 'verified' | 'approved' | 'rejected' | 'suspended' | 'exited' | 'deceased';

export interface Registration {
  eventId: string;
  position: number;
  /** Who registered the family: an approval by the same actor skips the four-eyes check. */
  actor: string;
  programmeId: string;
  villageCode: string;
  /**
   * The HMAC token of the head's NIK, and its masked form (first six and last four digits); null
   * when the family's personal data was erased before the sentinel read its registration.
   */
  nikToken: string | null;
  nikMasked: string | null;
  sourceList: string;
  otherAid: string[];
}

export interface PaidRecord {
  eventId: string;
  position: number;
  paymentId: string;
  period: string;
  amount: number;
  paidOn: string;
  actor: string;
  /** The reversal's position: before it the payment counted, after it not. */
  reversedAt: number | null;
  /** Positions of the corrections applied to it: evidence for what is judged on corrected values. */
  corrections: number[];
}

export interface Approval {
  eventId: string;
  position: number;
  actor: string;
  /** The Musdes date, or else the day the approval happened: where entitlement starts. */
  on: string;
  musdesRef: string | null;
  corrections: number[];
}

export interface Death {
  eventId: string;
  position: number;
  dateOfDeath: string;
  corrections: number[];
}

/** Everything about one KPM; all of it comes from the KPM's own stream, so it is always in order. */
export interface KpmFact {
  kpmId: string;
  registration: Registration | null;
  /**
   * Each status the KPM entered, with the position of the event that set it and the day it
   * happened (absent in facts recorded before days were kept).
   */
  statuses: Array<{ status: KpmStatus; position: number; on?: string }>;
  approval: Approval | null;
  death: Death | null;
  payments: PaidRecord[];
}

export async function readKpm(facts: FactStore, kpmId: string): Promise<KpmFact> {
  return (
    (await facts.get<KpmFact>(factKeys.kpm(kpmId))) ?? {
      kpmId,
      registration: null,
      statuses: [],
      approval: null,
      death: null,
      payments: [],
    }
  );
}
