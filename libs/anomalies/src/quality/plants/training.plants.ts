import type { Person } from '../people.js';
import { dateOf } from '../time.js';
import { attend, attendeeOf, holdSession, PLACES, scheduleSession, trainable } from '../training-year.js';
import { type Planter, takeSession, villageFor } from './planter.js';

const sorted = (a: string, b: string) => [a, b].sort();
const normalised = (place: string) => place.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * One person on two attendance lists at once: a second session the same morning, an hour later, in
 * another place, whose list also names them (with their birth date, or with their sex only).
 */
export const trainingOverlap: Planter = {
  ruleCode: 'TRAINING.OVERLAPPING_SESSIONS',
  plant(world, index) {
    const first = takeSession(
      world,
      index,
      (session) => trainable(session.village).length > session.attendance.length,
    );
    const { village } = first;
    const listed = first.attendance[0]!;
    listed.fixed = true;
    const startsAt = first.schedule.data['startsAt'] as string;
    const place = PLACES.find(
      (candidate) => normalised(candidate) !== normalised(first.schedule.data['place'] as string),
    )!;
    const second = scheduleSession(world, village, {
      day: startsAt.slice(0, 10),
      startHour: Number(startsAt.slice(11, 13)) + 1,
      hours: 3,
      place,
      capacity: 20,
    });
    second.used = true;
    holdSession(world, second);
    const person = listed.draft.data['participant'] as Person;
    const withoutBirthDate = index % 2 === 1;
    const twice = attend(world, second, listed.kpm, person, { fixed: true });
    if (withoutBirthDate) twice.draft.data = { ...twice.draft.data, participant: { sex: person.sex } };
    const present = new Set(first.attendance.map((attendance) => attendance.kpm));
    const others = world.random.shuffle(
      trainable(village).filter((kpm) => !present.has(kpm) && kpm !== listed.kpm),
    );
    for (const kpm of others.slice(0, world.random.int(3, 6)))
      attend(world, second, kpm, attendeeOf(world, kpm, 0.65));
    world.truth.expect(
      this.ruleCode,
      [listed.kpm.kpmId, ...sorted(first.sessionId, second.sessionId)],
      withoutBirthDate ? 'second list without birth date' : 'same person on both lists',
    );
  },
};

/** More names on the list than the room holds: the capacity is one to three below the attendance. */
export const trainingOverCapacity: Planter = {
  ruleCode: 'TRAINING.OVER_CAPACITY',
  plant(world, index) {
    const session = takeSession(world, index, (candidate) => candidate.attendance.length >= 5);
    const capacity = session.attendance.length - 1 - (index % 3);
    session.schedule.data = { ...session.schedule.data, capacity };
    world.truth.expect(this.ruleCode, [session.sessionId], 'attendance above capacity');
  },
};

/** Reported held, with nobody ever recorded present (late in a month no regular session uses). */
export const heldWithoutAttendance: Planter = {
  ruleCode: 'TRAINING.HELD_WITHOUT_ATTENDANCE',
  plant(world, index) {
    const village = [0, 1, 2, 3]
      .map((salt) => villageFor(world, index, salt + 2))
      .find((v) => v.role !== 'women-share-low')!;
    const month = Math.max(world.startMonth + 1, 11 - (index % 9));
    const session = scheduleSession(world, village, {
      day: dateOf(world.year, Math.min(month, 12), world.random.int(26, 28)),
      startHour: 9,
      hours: 3,
      place: world.random.pick(PLACES),
      capacity: world.random.int(20, 30),
    });
    session.used = true;
    holdSession(world, session);
    world.truth.expect(this.ruleCode, [session.sessionId], 'held, nobody recorded');
  },
};
