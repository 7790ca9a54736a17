import { dayOf } from '../calendar.js';
import type { FactStore } from '../fact-store.port.js';
import type { SentinelEvent } from '../sentinel-event.js';
import { dataOf } from '../sentinel-event.js';
import { factKeys } from './keys.js';
import { type Attendee, type KpmSessionEntry, readSession } from './session.fact.js';

export async function recordTrainingEvent(event: SentinelEvent, facts: FactStore): Promise<void> {
  const { sessionId } = event.data as { sessionId: string };
  const session = await readSession(facts, sessionId);
  const scheduled = dataOf(event, 'training.scheduled');
  if (scheduled) {
    const { programmeId, villageCode, place, startsAt, endsAt, capacity } = scheduled;
    session.schedule = {
      programmeId,
      villageCode,
      place,
      startsAt,
      endsAt,
      capacity,
      position: event.position,
    };
    await addToVillageSessions(facts, programmeId, villageCode, sessionId);
  }
  if (event.type === 'training.held') {
    session.held = { position: event.position, day: dayOf(event.occurredAt) };
    await facts.put(factKeys.held(session.held.day, sessionId), sessionId);
  }
  const attended = dataOf(event, 'training.attendance-recorded');
  if (attended) {
    const { kpmId, participant } = attended;
    const attendee: Attendee = {
      kpmId,
      sex: participant.sex,
      birthYear: participant.birthDate?.slice(0, 4) ?? null,
      position: event.position,
    };
    session.attendance.push(attendee);
    const entries = (await facts.get<KpmSessionEntry[]>(factKeys.kpmSessions(kpmId))) ?? [];
    await facts.put(factKeys.kpmSessions(kpmId), [...entries, { ...attendee, sessionId }]);
  }
  await facts.put(factKeys.session(sessionId), session);
}

async function addToVillageSessions(facts: FactStore, programmeId: string, villageCode: string, id: string) {
  const key = factKeys.villageSessions(programmeId, villageCode);
  const sessions = (await facts.get<string[]>(key)) ?? [];
  if (!sessions.includes(id)) await facts.put(key, [...sessions, id]);
}
