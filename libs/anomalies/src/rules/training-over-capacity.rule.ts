import { raise } from '../alert-candidate.js';
import { readSession } from '../facts/session.fact.js';
import type { Rule } from '../rule.js';
import { dataOf } from '../sentinel-event.js';

/**
 * More people recorded than the session had room for: a padded attendance list, or a session moved
 * to a bigger room without the schedule saying so. One alert per session, on the first attendance
 * past capacity (all attendance follows the schedule on the session's own stream).
 */
export const trainingOverCapacity: Rule = {
  code: 'TRAINING.OVER_CAPACITY',
  severity: 'low',
  explain: {
    id: 'Jumlah peserta yang tercatat melebihi kapasitas pelatihan: daftar hadir mungkin digelembungkan.',
    en: 'More participants were recorded than the training session could hold: the attendance list may be padded.',
  },
  watches: ['training.attendance-recorded'],
  when: 'after',
  async evaluate(event, facts) {
    const attended = dataOf(event, 'training.attendance-recorded')!;
    const session = await readSession(facts, attended.sessionId);
    const schedule = session.schedule;
    if (!schedule || session.attendance.length <= schedule.capacity) return [];
    return [
      raise(trainingOverCapacity, {
        identity: [session.sessionId],
        villageCode: schedule.villageCode,
        programmeId: schedule.programmeId,
        subject: `training session ${session.sessionId}`,
        evidence: [schedule.position, ...session.attendance.map((attendee) => attendee.position)],
        details: {
          sessionId: session.sessionId,
          capacity: schedule.capacity,
          attendance: session.attendance.length,
        },
      }),
    ];
  },
};
