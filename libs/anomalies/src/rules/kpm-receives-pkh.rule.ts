import { type AlertCandidate, raise } from '../alert-candidate.js';
import type { Rule } from '../rule.js';
import { kpmScope, kpmsToJudge, programmeOf } from './rule-support.js';

/**
 * Since 2024 a BLT-DD family must not also receive PKH: BLT paid on top of other aid is a reported
 * abuse. Judged when the registration and the programme's rules are both known, whichever came
 * second (a registration may arrive before its programme.created).
 */
export const kpmReceivesPkh: Rule = {
  code: 'KPM.RECEIVES_PKH',
  severity: 'medium',
  explain: {
    id: 'KPM juga menerima PKH padahal program ini melarang penerima PKH: bantuan menumpuk pada satu keluarga.',
    en: 'The KPM also receives PKH although this programme excludes PKH recipients: aid piles up on one family.',
  },
  watches: ['beneficiary.registered', 'programme.created'],
  when: 'after',
  async evaluate(event, facts) {
    const found: AlertCandidate[] = [];
    for (const kpm of await kpmsToJudge(event, facts)) {
      const programme = await programmeOf(kpm, facts);
      const registration = kpm.registration;
      if (!programme?.rules.excludesPkh || !registration?.otherAid.includes('PKH')) continue;
      found.push(
        raise(kpmReceivesPkh, {
          identity: [kpm.kpmId],
          ...kpmScope(kpm),
          evidence: [registration.position, programme.position],
          details: { kpmId: kpm.kpmId, otherAid: registration.otherAid.join(','), year: programme.year },
        }),
      );
    }
    return found;
  },
};
