import { type AlertCandidate, raise } from '../alert-candidate.js';
import { factKeys } from '../facts/keys.js';
import { type KpmSessionEntry, readSession, type Schedule } from '../facts/session.fact.js';
import type { Rule } from '../rule.js';
import { dataOf } from '../sentinel-event.js';

/**
 * One person cannot sit in two sessions at once in two places: one of the attendance lists is padded
 * (the "ghost worker" of muster rolls). A person is a KPM's participant of one sex and birth year; a
 * household may send two members to two sessions, so a different sex, or two known and different
 * birth years, is no overlap. Judged before this attendance is recorded, against the sessions the
 * person was already seen in: it fires on whichever attendance arrives second.
 */
export const trainingOverlap: Rule = {
  code: 'TRAINING.OVERLAPPING_SESSIONS',
  severity: 'medium',
  explain: {
    id: 'Orang yang sama tercatat hadir di dua pelatihan pada waktu yang bertumpuk di tempat berbeda: salah satu daftar hadir tidak benar.',
    en: 'The same person is recorded at two training sessions at overlapping times in different places: one attendance list is false.',
  },
  watches: ['training.attendance-recorded'],
  when: 'before',
  async evaluate(event, facts) {
    const attended = dataOf(event, 'training.attendance-recorded')!;
    const here = (await readSession(facts, attended.sessionId)).schedule;
    if (!here) return [];
    const person = {
      sex: attended.participant.sex,
      birthYear: attended.participant.birthDate?.slice(0, 4) ?? null,
    };
    const seen = (await facts.get<KpmSessionEntry[]>(factKeys.kpmSessions(attended.kpmId))) ?? [];
    const others = seen.filter(
      (entry) => entry.sessionId !== attended.sessionId && samePerson(entry, person),
    );
    const found: AlertCandidate[] = [];
    for (const other of others) {
      const there = (await readSession(facts, other.sessionId)).schedule;
      if (!there || !overlaps(here, there) || samePlace(here, there)) continue;
      found.push(
        raise(trainingOverlap, {
          identity: [attended.kpmId, ...[attended.sessionId, other.sessionId].sort()],
          villageCode: here.villageCode,
          programmeId: here.programmeId,
          subject: `kpm ${attended.kpmId}`,
          evidence: [event.position, other.position, here.position, there.position],
          details: {
            kpmId: attended.kpmId,
            sessionId: attended.sessionId,
            place: here.place,
            otherSessionId: other.sessionId,
            otherPlace: there.place,
          },
        }),
      );
    }
    return found;
  },
};

const samePerson = (
  a: { sex: string; birthYear: string | null },
  b: { sex: string; birthYear: string | null },
) => a.sex === b.sex && (a.birthYear === null || b.birthYear === null || a.birthYear === b.birthYear);

const overlaps = (a: Schedule, b: Schedule) =>
  Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);

/** Places are typed by hand: "Balai Desa" and "balai  desa" are one place. */
const samePlace = (a: Schedule, b: Schedule) => normalise(a.place) === normalise(b.place);
const normalise = (place: string) => place.toLowerCase().replace(/\s+/g, ' ').trim();
