import { type AlertCandidate, raise } from '../alert-candidate.js';
import { factKeys } from '../facts/keys.js';
import type { NikEntry } from '../facts/registration.facts.js';
import type { Rule } from '../rule.js';
import type { DataOf } from '../sentinel-event.js';
import { dataOf } from '../sentinel-event.js';

type Registered = DataOf<'beneficiary.registered'> & { head: { nikMasked?: string } };

/**
 * One family, one enrolment: the same NIK under two KPM ids of one programme is an inflated list,
 * whatever the villages. Judged before the registration is recorded, on the registrations already
 * known, so it fires on whichever arrives second; one alert per pair of KPM.
 */
export const nikDuplicateInProgramme: Rule = {
  code: 'NIK.DUPLICATE_IN_PROGRAMME',
  severity: 'high',
  explain: {
    id: 'NIK yang sama terdaftar dua kali dalam satu program dengan nomor KPM berbeda: daftar penerima menggelembung.',
    en: 'The same NIK is enrolled twice in one programme under different KPM ids: the recipient list is inflated.',
  },
  watches: ['beneficiary.registered'],
  when: 'before',
  async evaluate(event, facts) {
    const registered = dataOf(event, 'beneficiary.registered') as Registered;
    // A family whose personal data was erased before the sentinel saw it has no NIK to compare.
    if (registered.head.nik === undefined) return [];
    const known = (await facts.get<NikEntry[]>(factKeys.nik(registered.head.nik))) ?? [];
    const found: AlertCandidate[] = [];
    for (const other of known) {
      if (other.kpmId === registered.kpmId || other.programmeId !== registered.programmeId) continue;
      found.push(
        raise(nikDuplicateInProgramme, {
          identity: [registered.head.nik, registered.programmeId, ...[registered.kpmId, other.kpmId].sort()],
          villageCode: registered.villageCode,
          programmeId: registered.programmeId,
          subject: `NIK ${registered.head.nikMasked ?? other.nikMasked ?? '(masked)'}`,
          evidence: [event.position, other.position],
          details: {
            nikMasked: registered.head.nikMasked ?? other.nikMasked,
            kpmId: registered.kpmId,
            villageCode: registered.villageCode,
            otherKpmId: other.kpmId,
            otherVillageCode: other.villageCode,
          },
        }),
      );
    }
    return found;
  },
};
