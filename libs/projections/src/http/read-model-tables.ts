/**
 * The read models as the API lists them. `public` ones hold aggregates-to-be and nothing personal;
 * `forum` ones hold pseudonymous records (initials, masked NIK), never the NIK token or a whole
 * registration. Each is paged by a stable, unique key. A grievance's tracking code is left out: it
 * is the citizen's receipt, and a public list of them would let anyone follow anyone's grievance.
 */
export interface ReadModelTable {
  name: string;
  tier: 'public' | 'forum';
  from: string;
  /** Output name → SQL expression. */
  columns: Record<string, string>;
  key: { sql: string; type: 'text' | 'bigint' };
  village?: string;
  programme?: string;
  /** Rows about no programme in particular belong to every programme (grievances, findings). */
  programmeMayBeNull?: boolean;
}

const text = (...names: string[]) => Object.fromEntries(names.map((name) => [name, `t.${name}`]));
/** bigint positions and amounts as JSON numbers (exact far beyond any real log or budget). */
const numbers = (...names: string[]) => Object.fromEntries(names.map((name) => [name, `t.${name}::float8`]));
/** Calendar dates as written, not as instants shifted by the server's time zone. */
const days = (...names: string[]) => Object.fromEntries(names.map((name) => [name, `t.${name}::text`]));

export const READ_MODEL_TABLES: readonly ReadModelTable[] = [
  {
    name: 'programmes',
    tier: 'public',
    from: 'programme_view t',
    columns: { ...text('programme_id', 'kind', 'name', 'year', 'rules'), ...numbers('position') },
    key: { sql: 't.programme_id', type: 'text' },
    programme: 't.programme_id',
  },
  {
    name: 'village-allocations',
    tier: 'public',
    from: 'village_allocation_view t',
    columns: {
      ...text('programme_id', 'village_code', 'year'),
      ...numbers('dana_desa', 'allocation'),
      ...text('decree_ref', 'event_id', 'data'),
      ...numbers('position'),
    },
    key: { sql: "t.programme_id || ':' || t.village_code", type: 'text' },
    village: 't.village_code',
    programme: 't.programme_id',
  },
  {
    name: 'training-sessions',
    tier: 'public',
    from: 'training_session_view t',
    columns: {
      ...text('session_id', 'programme_id', 'village_code', 'topic', 'place', 'starts_at', 'ends_at'),
      ...text('capacity', 'held', 'scheduled_event'),
      ...numbers('scheduled_position', 'held_position'),
    },
    key: { sql: 't.session_id', type: 'text' },
    village: 't.village_code',
    programme: 't.programme_id',
  },
  {
    name: 'grievances',
    tier: 'public',
    from: 'grievance_view t',
    columns: {
      ...text('grievance_id', 'village_code', 'programme_id', 'category', 'anonymous', 'filed_at'),
      ...days('answer_due_by'),
      ...text('filed_event', 'answered_at'),
      ...numbers('filed_position', 'answered_position'),
    },
    key: { sql: 't.filed_position', type: 'bigint' },
    village: "coalesce(t.village_code, '')",
    programme: 't.programme_id',
    programmeMayBeNull: true,
  },
  {
    name: 'findings',
    tier: 'public',
    from: 'finding_view t',
    columns: {
      ...text('finding_id', 'forum', 'forum_name', 'village_code', 'programme_id', 'summary'),
      ...text('related_count', 'recorded_at'),
      ...numbers('position'),
    },
    key: { sql: 't.position', type: 'bigint' },
    village: 't.village_code',
    programme: 't.programme_id',
    programmeMayBeNull: true,
  },
  {
    name: 'kpm',
    tier: 'forum',
    from: 'kpm_view t',
    columns: {
      ...text('kpm_id', 'programme_id', 'village_code', 'hamlet', 'rt', 'rw', 'head_initials', 'nik_masked'),
      ...text('head_sex', 'head_birth_year', 'household_size', 'source_list', 'other_aid', 'status'),
      ...days('registered_on'),
      ...numbers('registered_position'),
      ...text('registration_event'),
      ...days('approved_on'),
      ...numbers('approved_position'),
      ...text('approval_event', 'musdes_ref', 'suspensions'),
      ...days('ended_on'),
      ...numbers('ended_position', 'last_position'),
    },
    key: { sql: 't.kpm_id', type: 'text' },
    village: 't.village_code',
    programme: 't.programme_id',
  },
  {
    name: 'payments',
    tier: 'forum',
    from: 'payment_event_view t',
    columns: {
      ...text('event_id', 'kind', 'payment_id', 'kpm_id', 'programme_id', 'village_code', 'period'),
      ...numbers('amount'),
      ...days('paid_on'),
      ...text('late'),
      ...numbers('position'),
    },
    key: { sql: 't.position', type: 'bigint' },
    village: 't.village_code',
    programme: 't.programme_id',
  },
  {
    name: 'training-attendance',
    tier: 'forum',
    from: 'training_attendance_view t join training_session_view s on s.session_id = t.session_id',
    columns: {
      ...text('event_id', 'session_id', 'kpm_id', 'sex', 'birth_year', 'attended_at'),
      village_code: 's.village_code',
      programme_id: 's.programme_id',
      ...numbers('position'),
    },
    key: { sql: 't.position', type: 'bigint' },
    village: 's.village_code',
    programme: 's.programme_id',
  },
];

export const READ_MODEL_NAMES = READ_MODEL_TABLES.map((table) => table.name);

export function readModelTable(name: string): ReadModelTable | undefined {
  return READ_MODEL_TABLES.find((table) => table.name === name);
}
