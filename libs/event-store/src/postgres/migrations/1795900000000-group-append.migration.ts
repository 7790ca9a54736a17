import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Group commit: one statement appends for many streams, and the gap check runs once per statement
 * instead of once per row (for a batch, the per-row check cost more than the insert itself). The guarantee is unchanged: the new
 * positions must be contiguous and start right after the head the statement sees, so a writer that
 * skipped the lock is refused as before.
 */
export class GroupAppend1795900000000 implements MigrationInterface {
  name = 'GroupAppend1795900000000';

  async up(runner: QueryRunner): Promise<void> {
    // The optimistic path's two round trips: read what a plan needs without the lock, then append
    // the planned rows in one statement (its own transaction) only if the head has not moved since:
    // the log is append-only and gap-free, so an unmoved head means nothing the plan read changed.
    await runner.query(`
      create function event_log_group_state(streams text[], ids uuid[])
        returns table (head_position bigint, head_hash bytea, stream_versions integer[], now timestamptz, stored jsonb)
        language plpgsql stable as $$
      begin
        -- PL/pgSQL, not SQL: a SQL function would be inlined and planned again on every call, which
        -- cost five times its execution; PL/pgSQL keeps the plan for the session.
        return query
        select head.position, head.hash,
               array(select coalesce((select max(e.stream_version) from event_log e where e.stream_id = s.id), 0)::int
                       from unnest(streams) with ordinality as s(id, n) order by s.n),
               date_trunc('milliseconds', clock_timestamp()),
               (select coalesce(jsonb_agg(jsonb_build_object(
                         'position', e.position, 'eventId', e.event_id, 'streamId', e.stream_id,
                         'streamVersion', e.stream_version, 'type', e.type, 'schemaVersion', e.schema_version,
                         'data', e.data, 'metadata', e.metadata, 'hash', encode(e.hash, 'hex'),
                         'occurredAt', to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                         'recordedAt', to_char(e.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))),
                       '[]'::jsonb)
                  from event_log e where e.event_id = any(ids))
          from (select 1) as one
          left join lateral (select e.position, e.hash from event_log e order by e.position desc limit 1) as head on true;
      end $$`);
    await runner.query(`
      create function event_log_append_after(
          expected_head bigint, lock_key bigint, positions bigint[], event_ids uuid[], stream_ids text[],
          stream_versions integer[], types text[], schema_versions integer[], datas jsonb[], metadatas jsonb[],
          occurred_ats timestamptz[], recorded_ats timestamptz[], hashes bytea[])
        returns boolean language plpgsql as $$
      declare
        head bigint;
      begin
        perform pg_advisory_xact_lock(lock_key);
        select coalesce(max(position), 0) into head from event_log;
        if head <> expected_head then
          return false;
        end if;
        insert into event_log (position, event_id, stream_id, stream_version, type, schema_version,
                               data, metadata, occurred_at, recorded_at, hash)
          select * from unnest(positions, event_ids, stream_ids, stream_versions, types, schema_versions,
                               datas, metadatas, occurred_ats, recorded_ats, hashes);
        return true;
      end $$`);
    await runner.query(`
      create function event_log_require_contiguous() returns trigger language plpgsql as $$
      declare
        first_new bigint;
        last_new  bigint;
        added     bigint;
        head      bigint;
      begin
        select min(position), max(position), count(*) into first_new, last_new, added from inserted;
        if added = 0 then
          return null;
        end if;
        select coalesce(max(position), 0) into head from event_log where position < first_new;
        if first_new <> head + 1 then
          raise exception 'event_log position % does not follow the head %', first_new, head
            using errcode = 'check_violation';
        end if;
        if last_new - first_new + 1 <> added then
          raise exception 'event_log positions % to % leave a gap', first_new, last_new
            using errcode = 'check_violation';
        end if;
        return null;
      end $$`);
    await runner.query('drop trigger event_log_next_position on event_log');
    await runner.query('drop function event_log_require_next_position()');
    await runner.query(`
      create trigger event_log_contiguous after insert on event_log
        referencing new table as inserted
        for each statement execute function event_log_require_contiguous()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop trigger event_log_contiguous on event_log');
    await runner.query('drop function event_log_require_contiguous()');
    await runner.query(`
      create function event_log_require_next_position() returns trigger language plpgsql as $$
      declare
        head bigint;
      begin
        select coalesce(max(position), 0) into head from event_log;
        if new.position <> head + 1 then
          raise exception 'event_log position % does not follow the head %', new.position, head
            using errcode = 'check_violation';
        end if;
        return new;
      end $$`);
    await runner.query(`
      create trigger event_log_next_position before insert on event_log
        for each row execute function event_log_require_next_position()`);
    await runner.query('drop function event_log_group_state(text[], uuid[])');
    await runner.query(
      'drop function event_log_append_after(bigint, bigint, bigint[], uuid[], text[], integer[], text[], integer[], jsonb[], jsonb[], timestamptz[], timestamptz[], bytea[])',
    );
  }
}
