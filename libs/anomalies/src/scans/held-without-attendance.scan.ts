import { type AlertCandidate, raise } from '../alert-candidate.js';
import { addDays } from '../calendar.js';
import { factKeys } from '../facts/keys.js';
import { readSession } from '../facts/session.fact.js';
import type { ScheduledRule } from '../rule.js';

/**
 * A session reported as held with nobody recorded present is training that may never have happened
 * (training is where a programme's health shows, domain.md). Attendance is often recorded days after
 * the session, so it is not judged on `training.held` but here, `attendanceGraceDays` after the day it
 * was held, over the held days of the last `scanWindowDays`.
 */
export const heldWithoutAttendance: ScheduledRule = {
  code: 'TRAINING.HELD_WITHOUT_ATTENDANCE',
  severity: 'medium',
  explain: {
    id: 'Pelatihan dilaporkan terlaksana tetapi tidak ada daftar hadir: pelatihan mungkin tidak pernah diadakan.',
    en: 'A training session was reported held but no attendance was recorded: it may never have taken place.',
  },
  async scan(facts, today, config) {
    const found: AlertCandidate[] = [];
    for (let offset = 1; offset <= config.scanWindowDays; offset++) {
      const day = addDays(today, -(config.attendanceGraceDays + offset));
      for (const { value: sessionId } of await facts.list<string>(factKeys.held(day, ''))) {
        const session = await readSession(facts, sessionId);
        const { held, schedule } = session;
        if (!held || session.attendance.length > 0) continue;
        found.push(
          raise(heldWithoutAttendance, {
            identity: [sessionId],
            villageCode: schedule?.villageCode ?? null,
            programmeId: schedule?.programmeId ?? null,
            subject: `training session ${sessionId}`,
            evidence: schedule ? [schedule.position, held.position] : [held.position],
            details: { sessionId, heldOn: held.day, judgedAfterDays: config.attendanceGraceDays },
          }),
        );
      }
    }
    return found;
  },
};
