import type { FactStore } from '../fact-store.port.js';
import type { DataOf, SentinelEvent } from '../sentinel-event.js';
import { dataOf } from '../sentinel-event.js';
import { factKeys } from './keys.js';
import type { KpmFact } from './kpm.fact.js';
import { noteIfProgrammeUnknown } from './awaiting-programme.js';

/**
 * The registration as delivered: the NIK is a token, with its masked form beside it; both are absent
 * when the family's personal data was erased before the sentinel read it.
 */
type TreatedRegistration = Omit<DataOf<'beneficiary.registered'>, 'head'> & {
  head: Omit<DataOf<'beneficiary.registered'>['head'], 'nik'> & { nik?: string; nikMasked?: string };
  /** Version 1's field, should an un-upcast event get here. */
  receivesPkh?: boolean;
};

export interface NikEntry {
  kpmId: string;
  programmeId: string;
  villageCode: string;
  position: number;
  nikMasked: string | null;
}

/** Sets the registration on the KPM (saved by the caller) and indexes it by NIK, programme and village. */
export async function recordRegistrationIndexes(
  event: SentinelEvent,
  kpm: KpmFact,
  facts: FactStore,
): Promise<void> {
  const data = dataOf(event, 'beneficiary.registered') as TreatedRegistration;
  const { kpmId, programmeId, villageCode } = data;
  const nikMasked = data.head.nikMasked ?? null;
  kpm.registration = {
    eventId: event.eventId,
    position: event.position,
    actor: event.actor,
    programmeId,
    villageCode,
    nikToken: data.head.nik ?? null,
    nikMasked,
    sourceList: data.sourceList,
    otherAid: data.otherAid ?? (data.receivesPkh ? ['PKH'] : []),
  };
  const nik = data.head.nik;
  const entries = nik === undefined ? [] : ((await facts.get<NikEntry[]>(factKeys.nik(nik))) ?? []);
  if (nik !== undefined && !entries.some((entry) => entry.kpmId === kpmId)) {
    entries.push({ kpmId, programmeId, villageCode, position: event.position, nikMasked });
    await facts.put(factKeys.nik(nik), entries);
  }
  await facts.put(factKeys.roster(programmeId, villageCode, kpmId), kpmId);
  await facts.put(factKeys.programmeVillage(programmeId, villageCode), true);
  await noteIfProgrammeUnknown(facts, programmeId, kpmId);
}
