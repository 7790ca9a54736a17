import { withoutErasedFields } from '@saksi/events';
import type { EntityManager } from 'typeorm';
import { type Projection, stepByStep } from '../projection.js';
import { asCorrection, type Correction, type CurrentEvent } from './current-event.js';
import { deleteReturning } from './delete-returning.js';
import { applyRow, rowKey, type Step } from './step.js';

type Scheduled = Record<string, unknown> & {
  sessionId: string;
  programmeId: string;
  villageCode: string;
  topic: string;
  place: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
};
type Attendance = {
  sessionId: string;
  kpmId: string;
  participant: { sex: 'F' | 'M'; birthDate?: string };
  attendedAt: string;
};

/** Training sessions and who attended them: what capacity building a programme really delivered. */
export const trainingProjection: Projection = stepByStep(
  'training',
  ['training_session_view', 'training_attendance_view'],
  stepOf,
);

const SESSION_COLUMNS = `programme_id text, village_code text, topic text, place text,
  starts_at timestamptz, ends_at timestamptz, capacity int`;

const SCHEDULE = `
  insert into training_session_view (session_id, programme_id, village_code, topic, place,
    starts_at, ends_at, capacity, scheduled_position, scheduled_event, data)
  select session_id, programme_id, village_code, topic, place, starts_at, ends_at, capacity,
    position, event_id, data
  from jsonb_to_recordset($1::jsonb) as r(session_id text, ${SESSION_COLUMNS}, position bigint,
    event_id uuid, data jsonb)
  on conflict (session_id) do nothing`;

const HOLD = `
  update training_session_view s set held = true, held_position = r.position
  from jsonb_to_recordset($1::jsonb) as r(session_id text, position bigint)
  where s.session_id = r.session_id`;

const ATTEND = `
  insert into training_attendance_view
    (event_id, session_id, kpm_id, sex, birth_year, attended_at, data, position)
  select event_id, session_id, kpm_id, sex, birth_year, attended_at, data, position
  from jsonb_to_recordset($1::jsonb) as r(event_id uuid, session_id text, kpm_id text, sex text,
    birth_year int, attended_at timestamptz, data jsonb, position bigint)
  on conflict (event_id) do nothing`;

/** What an attendance row holds of a person, anew; where it sits in the log stays. */
const ERASE_ATTENDANCE = `
  update training_attendance_view a set sex = r.sex, birth_year = r.birth_year, data = r.data
  from jsonb_to_recordset($1::jsonb) as r(event_id uuid, sex text, birth_year int, data jsonb)
  where a.event_id = r.event_id`;

const RESCHEDULE = `
  update training_session_view s set programme_id = r.programme_id, village_code = r.village_code,
    topic = r.topic, place = r.place, starts_at = r.starts_at, ends_at = r.ends_at,
    capacity = r.capacity, data = r.data
  from jsonb_to_recordset($1::jsonb) as r(session_id text, ${SESSION_COLUMNS}, data jsonb)
  where s.session_id = r.session_id`;

function stepOf(event: CurrentEvent): Step | undefined {
  switch (event.type) {
    case 'training.scheduled': {
      const data = event.data as Scheduled;
      const row = { ...sessionRow(data), position: event.position, event_id: event.eventId };
      return { statement: SCHEDULE, row, writes: [rowKey('training_session_view', data.sessionId)] };
    }
    case 'training.held': {
      const sessionId = event.data['sessionId'];
      return {
        statement: HOLD,
        row: { session_id: sessionId, position: event.position },
        writes: [rowKey('training_session_view', sessionId)],
      };
    }
    case 'training.attendance-recorded':
      return {
        statement: ATTEND,
        row: attendanceRow(event.eventId, event.data as Attendance, event.position),
        writes: [rowKey('training_attendance_view', event.eventId)],
      };
    case 'personal-data.erased': {
      const kpmId = event.data['kpmId'] as string;
      return { alone: (manager) => eraseAttendance(kpmId, manager) };
    }
    case 'event.corrected': {
      const correction = asCorrection(event)!;
      if (correction.correctsType === 'training.scheduled')
        return { alone: (manager) => correctSession(correction, manager) };
      if (correction.correctsType === 'training.attendance-recorded')
        return { alone: (manager) => correctAttendance(correction, manager) };
    }
  }
  return undefined;
}

function sessionRow(data: Scheduled): Record<string, unknown> {
  return {
    session_id: data.sessionId,
    programme_id: data.programmeId,
    village_code: data.villageCode,
    topic: data.topic,
    place: data.place,
    starts_at: data.startsAt,
    ends_at: data.endsAt,
    capacity: data.capacity,
    data,
  };
}

function attendanceRow(eventId: string, data: Attendance, position: number): Record<string, unknown> {
  const birthYear = Number(data.participant.birthDate?.slice(0, 4));
  return {
    event_id: eventId,
    session_id: data.sessionId,
    kpm_id: data.kpmId,
    sex: data.participant.sex,
    birth_year: Number.isInteger(birthYear) ? birthYear : null,
    attended_at: data.attendedAt,
    data,
    position,
  };
}

/**
 * The family's members' birth years go from its attendance (the participation figures then count
 * them without an age), as a rebuild, which reads those birth dates as absent, leaves them.
 */
async function eraseAttendance(kpmId: string, manager: EntityManager): Promise<void> {
  const rows = await manager.query<{ event_id: string; data: Attendance }[]>(
    'select event_id, data from training_attendance_view where kpm_id = $1',
    [kpmId],
  );
  for (const row of rows) {
    const data = withoutErasedFields({ type: 'training.attendance-recorded', data: row.data });
    await applyRow(manager, ERASE_ATTENDANCE, attendanceRow(row.event_id, data, 0));
  }
}

async function correctSession(correction: Correction, manager: EntityManager): Promise<void> {
  const [row] = await manager.query<{ data: Scheduled }[]>(
    'select data from training_session_view where scheduled_event = $1',
    [correction.correctsEventId],
  );
  if (!row) return;
  const data = { ...row.data, ...correction.fields, sessionId: row.data.sessionId } as Scheduled;
  await applyRow(manager, RESCHEDULE, sessionRow(data));
}

async function correctAttendance(correction: Correction, manager: EntityManager): Promise<void> {
  const row = await deleteReturning<{ data: Attendance; position: string }>(
    manager,
    'delete from training_attendance_view where event_id = $1 returning data, position',
    [correction.correctsEventId],
  );
  if (row)
    await applyRow(
      manager,
      ATTEND,
      attendanceRow(correction.correctsEventId, { ...row.data, ...correction.fields }, Number(row.position)),
    );
}
