import { type AlertCandidate, raise } from '../alert-candidate.js';
import { factKeys } from '../facts/keys.js';
import type { NikEntry } from '../facts/registration.facts.js';
import type { Rule } from '../rule.js';
import type { DataOf } from '../sentinel-event.js';
import { dataOf } from '../sentinel-event.js';

type Registered = DataOf<'beneficiary.registered'> & { head: { nikMasked?: string } };

/**
 * Audits found about 1.06 million duplicate NIKs in the welfare register: one person registered in
 * two villages draws aid twice, or lends a name to a ghost. Judged before the registration is
 * recorded, so it sees the registrations of that NIK already known and fires on whichever of two
 * arrives second. One alert per pair of villages; any programmes (a family that moved between two
 * years' programmes is flagged too: the inspector dismisses it with the reason).
 */
export const nikMultipleVillages: Rule = {
  code: 'NIK.MULTIPLE_VILLAGES',
  severity: 'high',
  explain: {
    id: 'NIK yang sama terdaftar sebagai KPM di dua desa: satu orang dapat menerima bantuan dua kali atau namanya dipinjam.',
    en: 'The same NIK is registered as a KPM in two villages: one person may be paid twice, or their name is being borrowed.',
  },
  watches: ['beneficiary.registered'],
  when: 'before',
  async evaluate(event, facts) {
    const registered = dataOf(event, 'beneficiary.registered') as Registered;
    // A family whose personal data was erased before the sentinel saw it has no NIK to compare.
    if (registered.head.nik === undefined) return [];
    const known = (await facts.get<NikEntry[]>(factKeys.nik(registered.head.nik))) ?? [];
    const found: AlertCandidate[] = [];
    const villages = new Set<string>([registered.villageCode]);
    for (const other of known.filter((entry) => entry.kpmId !== registered.kpmId)) {
      if (villages.has(other.villageCode)) continue;
      villages.add(other.villageCode);
      const pair = [registered.villageCode, other.villageCode].sort();
      found.push(
        raise(nikMultipleVillages, {
          identity: [registered.head.nik, ...pair],
          villageCode: registered.villageCode,
          programmeId: registered.programmeId,
          subject: `NIK ${registered.head.nikMasked ?? other.nikMasked ?? '(masked)'}`,
          evidence: [event.position, other.position],
          details: {
            nikMasked: registered.head.nikMasked ?? other.nikMasked,
            kpmId: registered.kpmId,
            villageCode: registered.villageCode,
            programmeId: registered.programmeId,
            otherKpmId: other.kpmId,
            otherVillageCode: other.villageCode,
            otherProgrammeId: other.programmeId,
          },
        }),
      );
    }
    return found;
  },
};
