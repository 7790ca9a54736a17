import { raise } from '../alert-candidate.js';
import { readKpm } from '../facts/kpm.fact.js';
import type { Rule } from '../rule.js';
import { dataOf } from '../sentinel-event.js';
import { kpmScope } from './rule-support.js';

/**
 * Registration and approval are meant to be two people's acts (an operator proposes, the Musdes
 * decides and someone records it): one access key doing both is a list nobody checked. A bulk import
 * that carries both under one job's key is flagged too; the inspector dismisses it with the reason.
 */
export const approvalSameActor: Rule = {
  code: 'APPROVAL.SAME_ACTOR',
  severity: 'medium',
  explain: {
    id: 'KPM didaftarkan dan disetujui oleh pengguna yang sama: tidak ada pemeriksaan oleh orang kedua.',
    en: 'A KPM was registered and approved by the same user: no second person checked it.',
  },
  watches: ['beneficiary.approved'],
  when: 'before',
  async evaluate(event, facts) {
    const approved = dataOf(event, 'beneficiary.approved')!;
    const kpm = await readKpm(facts, approved.kpmId);
    if (kpm.registration?.actor !== event.actor) return [];
    return [
      raise(approvalSameActor, {
        identity: [approved.kpmId, event.eventId],
        ...kpmScope(kpm),
        evidence: [kpm.registration.position, event.position],
        details: { kpmId: approved.kpmId, actor: event.actor },
      }),
    ];
  },
};
