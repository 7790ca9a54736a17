import { type AlertCandidate, raise } from '../alert-candidate.js';
import type { Rule } from '../rule.js';
import { kpmScope, kpmsToJudge, programmeOf } from './rule-support.js';

/**
 * Since 2023 a BLT-DD family must be listed in the extreme-poverty data (P3KE); a family taken from
 * another list needs the exception the regulation allows, which the inspector checks. Judged when the
 * registration and the programme's rules are both known, whichever came second.
 */
export const kpmNotInP3ke: Rule = {
  code: 'KPM.NOT_IN_P3KE',
  severity: 'medium',
  explain: {
    id: 'KPM tidak berasal dari data P3KE padahal program tahun ini mewajibkannya: penerima mungkin bukan sasaran kemiskinan ekstrem.',
    en: "The KPM does not come from the P3KE list although this year's programme requires it: the family may not be a target of extreme-poverty eradication.",
  },
  watches: ['beneficiary.registered', 'programme.created'],
  when: 'after',
  async evaluate(event, facts) {
    const found: AlertCandidate[] = [];
    for (const kpm of await kpmsToJudge(event, facts)) {
      const programme = await programmeOf(kpm, facts);
      const registration = kpm.registration;
      if (!programme?.rules.requiresP3ke || !registration || registration.sourceList === 'P3KE') continue;
      found.push(
        raise(kpmNotInP3ke, {
          identity: [kpm.kpmId],
          ...kpmScope(kpm),
          evidence: [registration.position, programme.position],
          details: { kpmId: kpm.kpmId, sourceList: registration.sourceList, year: programme.year },
        }),
      );
    }
    return found;
  },
};
