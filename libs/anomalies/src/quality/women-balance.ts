import type { Attendance, Village } from './model.js';
import { adults, type Person } from './people.js';
import type { World } from './world.js';

const participant = (attendance: Attendance) => attendance.draft.data['participant'] as Person;

/**
 * Keeps a clean village's women's share well above the programme's minimum at every point of the
 * year, not only at its end: the scan judges the sessions settled so far, so the share is checked
 * after each held session in order, and where it falls short a household that sent a man sends its
 * woman instead. Planted attendance (an overlap) is never changed.
 */
export function balanceWomenShare(world: World, village: Village): void {
  const minimum = world.rules.minWomenTrainingShare ?? 0;
  const target = Math.max(0.45, minimum + 0.15);
  const held = village.sessions
    .filter((session) => session.held && session.attendance.length > 0)
    .sort((a, b) => a.held!.occurredAt - b.held!.occurredAt);
  const sentWoman = new Map<string, boolean>();
  const share = () => [...sentWoman.values()].filter(Boolean).length / sentWoman.size;
  for (const session of held) {
    for (const attendance of session.attendance)
      sentWoman.set(
        attendance.kpm.kpmId,
        (sentWoman.get(attendance.kpm.kpmId) ?? false) || participant(attendance).sex === 'F',
      );
    for (const attendance of session.attendance) {
      if (share() >= target) break;
      if (attendance.fixed || sentWoman.get(attendance.kpm.kpmId)) continue;
      const woman = adults(attendance.kpm.household, world.year).find((person) => person.sex === 'F');
      if (!woman) continue;
      attendance.draft.data = {
        ...attendance.draft.data,
        participant: { sex: woman.sex, birthDate: woman.birthDate },
      };
      sentWoman.set(attendance.kpm.kpmId, true);
    }
  }
}
