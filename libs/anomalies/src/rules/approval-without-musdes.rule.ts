import { raise } from '../alert-candidate.js';
import { readKpm } from '../facts/kpm.fact.js';
import type { Rule } from '../rule.js';
import { dataOf } from '../sentinel-event.js';
import { kpmScope } from './rule-support.js';

/**
 * The KPM list is decided by the village deliberation (Musdes/Musdesus); an approval that names no
 * Musdes is a list decided by someone alone. Judged on the approval itself. A later correction that
 * adds the reference updates the facts (kpm.approval.musdesRef) but does not withdraw the alert:
 * the inspector resolves it, with the correction as the evidence.
 */
export const approvalWithoutMusdes: Rule = {
  code: 'APPROVAL.WITHOUT_MUSDES',
  severity: 'high',
  explain: {
    id: 'KPM disetujui tanpa rujukan berita acara Musdes: daftar penerima tidak melalui musyawarah desa.',
    en: 'A KPM was approved without a Musdes reference: the recipient list did not go through the village deliberation.',
  },
  watches: ['beneficiary.approved'],
  when: 'before',
  async evaluate(event, facts) {
    const approved = dataOf(event, 'beneficiary.approved')!;
    if (approved.musdesRef?.trim()) return [];
    const kpm = await readKpm(facts, approved.kpmId);
    return [
      raise(approvalWithoutMusdes, {
        identity: [approved.kpmId, event.eventId],
        ...kpmScope(kpm),
        evidence: [event.position],
        details: { kpmId: approved.kpmId, musdesDate: approved.musdesDate ?? null },
      }),
    ];
  },
};
