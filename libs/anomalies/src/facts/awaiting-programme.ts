import type { FactStore } from '../fact-store.port.js';
import { factKeys } from './keys.js';
import { readProgramme } from './programme.fact.js';

/**
 * A KPM's stream and its programme's stream are ordered apart, so a registration or a payment may
 * arrive before its `programme.created`. Rules that need the programme's rules then cannot judge
 * yet; the KPM is noted here, and those rules re-check every noted KPM when the programme arrives.
 * (No defaults are guessed: a wrong guess would raise false alerts for every non-BLT programme.)
 */
export async function noteIfProgrammeUnknown(
  facts: FactStore,
  programmeId: string,
  kpmId: string,
): Promise<void> {
  if (!(await readProgramme(facts, programmeId)))
    await facts.put(factKeys.awaitingProgramme(programmeId, kpmId), true);
}

/** The KPM noted while the programme was unknown. Never cleared: a programme is created once. */
export async function kpmsAwaitingProgramme(facts: FactStore, programmeId: string): Promise<string[]> {
  const prefix = factKeys.awaitingProgramme(programmeId, '');
  return (await facts.list<boolean>(prefix)).map(({ key }) => key.slice(prefix.length));
}
