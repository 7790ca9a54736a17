import { REGISTRATION_COLUMNS } from './registration-columns.js';

/** Statements over kpm_view, one row per family in each call (see step.ts). */
export const REGISTER = `
  insert into kpm_view (kpm_id, programme_id, village_code, hamlet, rt, rw, head_initials, nik_token,
    nik_masked, head_sex, head_birth_year, household_size, source_list, other_aid, status,
    registered_on, registered_position, registration_event, registration, last_position)
  select kpm_id, programme_id, village_code, hamlet, rt, rw, head_initials, nik_token, nik_masked,
    head_sex, head_birth_year, household_size, source_list, other_aid, 'registered', registered_on,
    position, event_id, registration, position
  from jsonb_to_recordset($1::jsonb) as r(${REGISTRATION_COLUMNS}, registered_on date,
    position bigint, event_id uuid)
  on conflict (kpm_id) do nothing`;

/** A corrected registration: the family's columns anew, its history and status as they were. */
export const REREGISTER = `
  update kpm_view k set programme_id = r.programme_id, village_code = r.village_code,
    hamlet = r.hamlet, rt = r.rt, rw = r.rw, head_initials = r.head_initials,
    nik_token = r.nik_token, nik_masked = r.nik_masked, head_sex = r.head_sex,
    head_birth_year = r.head_birth_year, household_size = r.household_size,
    source_list = r.source_list, other_aid = r.other_aid, registration = r.registration
  from jsonb_to_recordset($1::jsonb) as r(${REGISTRATION_COLUMNS})
  where k.kpm_id = r.kpm_id`;

export const APPROVE = `
  update kpm_view k set status = 'approved', approved_on = r.approved_on,
    approved_position = r.position, approval_event = r.event_id, musdes_ref = r.musdes_ref,
    last_position = r.position
  from jsonb_to_recordset($1::jsonb) as r(kpm_id text, approved_on date, position bigint,
    event_id uuid, musdes_ref text)
  where k.kpm_id = r.kpm_id`;

/** A status change; `only_from` (when set) lists the statuses it may change. */
export const CHANGE_STATUS = `
  update kpm_view k set status = r.status, last_position = r.position
  from jsonb_to_recordset($1::jsonb) as r(kpm_id text, status text, position bigint, only_from text[])
  where k.kpm_id = r.kpm_id and (r.only_from is null or k.status = any(r.only_from))`;

/** A status change that ends the family's time in the programme, on `ended_on`. */
export const END = `
  update kpm_view k set status = r.status, last_position = r.position, ended_on = r.ended_on,
    ended_position = r.position
  from jsonb_to_recordset($1::jsonb) as r(kpm_id text, status text, position bigint, ended_on date,
    only_from text[])
  where k.kpm_id = r.kpm_id and (r.only_from is null or k.status = any(r.only_from))`;

/** A suspension opens a range of days; reinstatement closes the open one. */
export const SUSPEND = `
  update kpm_view k set status = 'suspended', last_position = r.position,
    suspensions = k.suspensions || jsonb_build_array(jsonb_build_object('from', r.day))
  from jsonb_to_recordset($1::jsonb) as r(kpm_id text, day text, position bigint)
  where k.kpm_id = r.kpm_id`;

export const REINSTATE = `
  update kpm_view k set status = 'approved', last_position = r.position,
    suspensions = case when jsonb_array_length(k.suspensions) = 0 then k.suspensions
      else jsonb_set(k.suspensions, array[(jsonb_array_length(k.suspensions) - 1)::text, 'to'], to_jsonb(r.day))
      end
  from jsonb_to_recordset($1::jsonb) as r(kpm_id text, day text, position bigint)
  where k.kpm_id = r.kpm_id`;
