import type { ProgrammeRules } from '@saksi/events';
import type { FactStore } from '../fact-store.port.js';
import type { SentinelEvent } from '../sentinel-event.js';
import { dataOf } from '../sentinel-event.js';
import { factKeys } from './keys.js';
import type { CorrectableRef } from './correction.facts.js';

export interface ProgrammeFact {
  programmeId: string;
  kind: string;
  year: number;
  /** The year's legal thresholds: the rules judge by these, never by constants in code. */
  rules: ProgrammeRules;
  position: number;
}

/** A village's allocation: the newest one counts, as the decree it records replaces the old one. */
export interface AllocationFact {
  eventId: string;
  position: number;
  programmeId: string;
  villageCode: string;
  year: number;
  danaDesa: number;
  allocation: number;
  corrections: number[];
}

export const readProgramme = (facts: FactStore, programmeId: string) =>
  facts.get<ProgrammeFact>(factKeys.programme(programmeId));

export async function recordProgramme(event: SentinelEvent, facts: FactStore): Promise<void> {
  const data = dataOf(event, 'programme.created')!;
  const { programmeId, kind, year, rules } = data;
  await facts.put<ProgrammeFact>(factKeys.programme(programmeId), {
    programmeId,
    kind,
    year,
    rules,
    position: event.position,
  });
}

export async function recordAllocation(event: SentinelEvent, facts: FactStore): Promise<void> {
  const { programmeId, villageCode, year, danaDesa, allocation } = dataOf(
    event,
    'programme.village-allocation-set',
  )!;
  await facts.put<AllocationFact>(factKeys.allocation(programmeId, villageCode), {
    eventId: event.eventId,
    position: event.position,
    programmeId,
    villageCode,
    year,
    danaDesa,
    allocation,
    corrections: [],
  });
  const ref: CorrectableRef = { type: 'programme.village-allocation-set', programmeId, villageCode };
  await facts.put(factKeys.event(event.eventId), ref);
}
