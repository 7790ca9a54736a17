import { type Actor, assertMayWriteForVillage } from '@saksi/access';
import { KpmError, type KpmState } from '@saksi/programme';

/** Writes about a family are for the operators of its village (and admins); an unknown one is 404. */
export function authoriseForKpm(actor: Actor, kpmId: string, state: KpmState): void {
  if (state.villageCode === undefined) throw KpmError.notFound(kpmId);
  assertMayWriteForVillage(actor, state.villageCode);
}
