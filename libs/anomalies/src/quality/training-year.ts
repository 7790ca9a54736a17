import type { Draft } from './draft-log.js';
import type { Attendance, Kpm, Session, Village } from './model.js';
import { adults, type Person } from './people.js';
import { dateOf, DAY, MINUTE, pad } from './time.js';
import { recordedAfter, type World } from './world.js';

export const PLACES = [
  'Balai Desa',
  'Aula Kantor Desa',
  'Rumah Ketua PKK',
  'Gedung Serbaguna',
  'Posyandu Dusun Melati',
];
const TOPICS = [
  'Pembukuan warung',
  'Budidaya ikan lele',
  'Olahan pangan lokal',
  'Menjahit',
  'Pemasaran daring',
];

/** Families in the programme all year (not rejected, gone or suspended): the ones trained. */
const TRAINABLE = new Set(['plain', 'reversed', 'failed', 'late', 'corrected-paid-on', 'corrected-musdes']);
export const trainable = (village: Village): Kpm[] =>
  village.kpms.filter((kpm) => TRAINABLE.has(kpm.flavour));

export interface Scheduling {
  day: string;
  /** Local time (WIB, UTC+7), as the invitation says. */
  startHour: number;
  hours: number;
  place: string;
  capacity: number;
}

export function scheduleSession(world: World, village: Village, how: Scheduling): Session {
  const sessionId = `${village.digits}-pelatihan-${pad(++village.counters.session)}`;
  const streamId = `training-${sessionId}`;
  const startsAt = `${how.day}T${pad(how.startHour)}:00:00+07:00`;
  const endsAt = `${how.day}T${pad(how.startHour + how.hours)}:00:00+07:00`;
  const announced = Date.parse(startsAt) - world.random.int(7, 21) * DAY;
  const schedule = world.log.add({
    streamId,
    type: 'training.scheduled',
    data: {
      sessionId,
      programmeId: world.programmeId,
      villageCode: village.code,
      topic: world.random.pick(TOPICS),
      place: how.place,
      startsAt,
      endsAt,
      capacity: how.capacity,
      trainer: 'Pendamping desa',
    },
    occurredAt: announced,
    recordedAt: recordedAfter(world, announced, 24),
    actor: village.actors.pendamping,
  });
  const session: Session = {
    sessionId,
    streamId,
    village,
    schedule,
    held: null,
    attendance: [],
    startsAt: Date.parse(startsAt),
    endsAt: Date.parse(endsAt),
    used: false,
  };
  village.sessions.push(session);
  return session;
}

/** Reported held half an hour after it ends; the attendance list is typed in after that. */
export function holdSession(world: World, session: Session): Draft {
  const at = session.endsAt + 30 * MINUTE;
  session.held = world.log.add({
    streamId: session.streamId,
    type: 'training.held',
    data: { sessionId: session.sessionId },
    occurredAt: at,
    recordedAt: recordedAfter(world, at, 30),
    actor: session.village.actors.pendamping,
  });
  return session.held;
}

export function attend(
  world: World,
  session: Session,
  kpm: Kpm,
  person: Person,
  how: { fixed?: boolean; recordedAt?: number } = {},
): Attendance {
  const attendedAt = session.startsAt + world.random.int(0, 25) * MINUTE;
  const last = Math.max(
    session.held?.recordedAt ?? session.endsAt,
    ...session.attendance.map((a) => a.draft.recordedAt),
  );
  const draft = world.log.add({
    streamId: session.streamId,
    type: 'training.attendance-recorded',
    data: {
      sessionId: session.sessionId,
      kpmId: kpm.kpmId,
      participant: { sex: person.sex, birthDate: person.birthDate },
      attendedAt: new Date(attendedAt).toISOString(),
    },
    occurredAt: attendedAt,
    recordedAt: how.recordedAt ?? last + world.random.int(1, 20) * MINUTE,
    actor: session.village.actors.pendamping,
  });
  const attendance: Attendance = { kpm, draft, fixed: how.fixed ?? false };
  session.attendance.push(attendance);
  return attendance;
}

/**
 * Who goes: a household sends the same adult each time, a woman where there is one about two times
 * in three; in a village planted with a low women's share, nearly always a man.
 */
export function attendeeOf(world: World, kpm: Kpm, womenOdds: number): Person {
  const grown = adults(kpm.household, world.year);
  if (!kpm.attendee) {
    const women = grown.filter((person) => person.sex === 'F');
    const men = grown.filter((person) => person.sex === 'M');
    const preferred = world.random.chance(womenOdds) ? women : men;
    kpm.attendee = world.random.pick(preferred.length > 0 ? preferred : grown);
  }
  return kpm.attendee;
}

/** Two to four sessions a year on different days; one in twenty is called off and never held. */
export function fillTraining(world: World, village: Village): void {
  const low = village.role === 'women-share-low';
  const [fewest, most] = world.options.sessionsPerVillage;
  const first = Math.min(world.startMonth + 1, 11);
  const months = world.random
    .shuffle(Array.from({ length: 11 - first + 1 }, (_, n) => first + n))
    .slice(0, low ? 3 : world.random.int(fewest, most))
    .sort((a, b) => a - b);
  const eligible = trainable(village);
  months.forEach((month, index) => {
    const session = scheduleSession(world, village, {
      day: dateOf(world.year, month, world.random.int(5, 25)),
      startHour: world.random.int(8, 9),
      hours: world.random.int(3, 4),
      place: world.random.pick(PLACES),
      capacity: low ? 40 : world.random.int(20, 40),
    });
    if (!low && index > 0 && world.random.chance(0.05)) return;
    holdSession(world, session);
    const share = world.random.between(0.4, 0.8);
    const chosen = low
      ? eligible.filter(() => index === 0 || world.random.chance(0.85)).slice(0, 40)
      : world.random
          .shuffle(eligible)
          .slice(
            0,
            Math.min(session.schedule.data['capacity'] as number, Math.round(eligible.length * share)),
          );
    for (const kpm of chosen) attend(world, session, kpm, attendeeOf(world, kpm, low ? 0.05 : 0.65));
  });
}
