import type { EntityManager } from 'typeorm';
import { eventByEvent, type Projection } from '../projection.js';
import { asCorrection, type CurrentEvent } from './current-event.js';

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
export const trainingProjection: Projection = eventByEvent(
  'training',
  ['training_session_view', 'training_attendance_view'],
  apply,
);

async function apply(event: CurrentEvent, manager: EntityManager): Promise<void> {
  switch (event.type) {
    case 'training.scheduled': {
      const data = event.data as Scheduled;
      await manager.query(
        `insert into training_session_view (session_id, programme_id, village_code, topic, place,
           starts_at, ends_at, capacity, scheduled_position, scheduled_event, data)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) on conflict (session_id) do nothing`,
        [data.sessionId, ...sessionColumns(data), event.position, event.eventId, data],
      );
      return;
    }
    case 'training.held':
      await manager.query(
        'update training_session_view set held = true, held_position = $2 where session_id = $1',
        [event.data['sessionId'], event.position],
      );
      return;
    case 'training.attendance-recorded':
      return insertAttendance(manager, event.eventId, event.data as Attendance, event.position);
    case 'event.corrected':
      return correct(asCorrection(event)!, manager);
  }
}

function sessionColumns(data: Scheduled): unknown[] {
  return [
    data.programmeId,
    data.villageCode,
    data.topic,
    data.place,
    data.startsAt,
    data.endsAt,
    data.capacity,
  ];
}

async function insertAttendance(
  manager: EntityManager,
  eventId: string,
  data: Attendance,
  position: number,
): Promise<void> {
  const birthYear = Number(data.participant.birthDate?.slice(0, 4));
  await manager.query(
    `insert into training_attendance_view
       (event_id, session_id, kpm_id, sex, birth_year, attended_at, data, position)
     values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (event_id) do nothing`,
    [
      eventId,
      data.sessionId,
      data.kpmId,
      data.participant.sex,
      Number.isInteger(birthYear) ? birthYear : null,
      data.attendedAt,
      data,
      position,
    ],
  );
}

async function correct(
  correction: { correctsEventId: string; correctsType: string; fields: Record<string, unknown> },
  manager: EntityManager,
): Promise<void> {
  if (correction.correctsType === 'training.scheduled') {
    const [row] = await manager.query<{ data: Scheduled }[]>(
      'select data from training_session_view where scheduled_event = $1',
      [correction.correctsEventId],
    );
    if (!row) return;
    const data = { ...row.data, ...correction.fields, sessionId: row.data.sessionId } as Scheduled;
    await manager.query(
      `update training_session_view set programme_id = $2, village_code = $3, topic = $4, place = $5,
         starts_at = $6, ends_at = $7, capacity = $8, data = $9 where session_id = $1`,
      [data.sessionId, ...sessionColumns(data), data],
    );
  }
  if (correction.correctsType === 'training.attendance-recorded') {
    const [row] = await manager.query<{ data: Attendance; position: string }[]>(
      'delete from training_attendance_view where event_id = $1 returning data, position',
      [correction.correctsEventId],
    );
    if (row)
      await insertAttendance(
        manager,
        correction.correctsEventId,
        { ...row.data, ...correction.fields },
        Number(row.position),
      );
  }
}
