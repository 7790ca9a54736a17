import type { FactStore } from '../fact-store.port.js';
import { factKeys } from './keys.js';

export interface Schedule {
  programmeId: string;
  villageCode: string;
  place: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  position: number;
}

/** One person who attended: a household may send several, told apart by sex and birth year. */
export interface Attendee {
  kpmId: string;
  sex: 'F' | 'M';
  birthYear: string | null;
  position: number;
}

/** All from the session's own stream; `schedule` is null only if attendance came without one. */
export interface SessionFact {
  sessionId: string;
  schedule: Schedule | null;
  held: { position: number; day: string } | null;
  attendance: Attendee[];
}

export type KpmSessionEntry = Attendee & { sessionId: string };

export const readSession = async (facts: FactStore, sessionId: string): Promise<SessionFact> =>
  (await facts.get<SessionFact>(factKeys.session(sessionId))) ?? {
    sessionId,
    schedule: null,
    held: null,
    attendance: [],
  };
