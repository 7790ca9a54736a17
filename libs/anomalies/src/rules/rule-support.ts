import type { FactStore } from '../fact-store.port.js';
import { kpmsAwaitingProgramme } from '../facts/awaiting-programme.js';
import { correctionOf } from '../facts/correction.facts.js';
import { type KpmFact, readKpm } from '../facts/kpm.fact.js';
import { type ProgrammeFact, readProgramme } from '../facts/programme.fact.js';
import type { SentinelEvent } from '../sentinel-event.js';
import { dataOf } from '../sentinel-event.js';

export const kpmScope = (kpm: KpmFact) => ({
  villageCode: kpm.registration?.villageCode ?? null,
  programmeId: kpm.registration?.programmeId ?? null,
  subject: `kpm ${kpm.kpmId}`,
});

export const villageScope = (programmeId: string, villageCode: string) => ({
  villageCode,
  programmeId,
  subject: `village ${villageCode} / programme ${programmeId}`,
});

/**
 * The KPM whose verdicts an event may change: the KPM it is about, the KPM a correction touched, or,
 * when a programme arrives, the KPM that had facts before it (see awaiting-programme.ts). Rules
 * judge all of such a KPM's payments each time; a verdict already returned is dropped by observe().
 */
export async function kpmsToJudge(event: SentinelEvent, facts: FactStore): Promise<KpmFact[]> {
  const created = dataOf(event, 'programme.created');
  if (created) {
    const kpms: KpmFact[] = [];
    // One at a time: a PostgreSQL adapter runs every call on the transaction's one connection.
    for (const kpmId of await kpmsAwaitingProgramme(facts, created.programmeId))
      kpms.push(await readKpm(facts, kpmId));
    return kpms;
  }
  const corrected = await correctionOf(event, facts);
  if (corrected) return 'kpmId' in corrected.ref ? [await readKpm(facts, corrected.ref.kpmId)] : [];
  const { kpmId } = event.data as { kpmId?: unknown };
  return typeof kpmId === 'string' ? [await readKpm(facts, kpmId)] : [];
}

/** The KPM's programme, once both its registration and its programme.created have been seen. */
export async function programmeOf(kpm: KpmFact, facts: FactStore): Promise<ProgrammeFact | undefined> {
  return kpm.registration ? readProgramme(facts, kpm.registration.programmeId) : undefined;
}

export const KPM_PAYMENT_EVENTS = ['payment.paid', 'programme.created', 'event.corrected'] as const;
