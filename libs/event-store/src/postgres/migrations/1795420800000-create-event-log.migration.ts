import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ensureRuntimeRole, RUNTIME_ROLE } from '@saksi/database';

/**
 * The append-only log. The database itself holds the line, so a bug or a careless operator with a
 * SQL console cannot rewrite history: UPDATE, DELETE and TRUNCATE fire triggers that refuse, and the
 * writer role is granted only SELECT and INSERT. A BEFORE INSERT trigger keeps positions gap-free and
 * in commit order (each insert must be the current head + 1), which is what lets a reader resume from
 * a position without ever skipping an event that a slower transaction commits later.
 */
export class CreateEventLog1795420800000 implements MigrationInterface {
  name = 'CreateEventLog1795420800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      create table event_log (
        position       bigint      primary key check (position > 0),
        event_id       uuid        not null,
        stream_id      text        not null check (length(stream_id) between 1 and 200),
        stream_version integer     not null check (stream_version > 0),
        type           text        not null,
        schema_version integer     not null check (schema_version > 0),
        data           jsonb       not null,
        metadata       jsonb       not null,
        occurred_at    timestamptz not null,
        recorded_at    timestamptz not null,
        hash           bytea       not null check (octet_length(hash) = 32),
        constraint event_log_event_id_key unique (event_id),
        constraint event_log_stream_version_key unique (stream_id, stream_version)
      )`);
    await runner.query(`
      create function event_log_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'the event log is append-only: % is refused', tg_op
          using hint = 'Record a correction event that refers to the event instead.';
      end $$`);
    await runner.query(`
      create trigger event_log_no_update_or_delete before update or delete on event_log
        for each row execute function event_log_refuse_change()`);
    await runner.query(`
      create trigger event_log_no_truncate before truncate on event_log
        for each statement execute function event_log_refuse_change()`);
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
    // One round trip instead of two on the hot path. Each statement of a (volatile) function takes a
    // fresh snapshot, so the head is read after the lock is granted and sees the previous append.
    await runner.query(`
      create function event_log_lock_for_append(stream text, lock_key bigint)
        returns table (head_position bigint, head_hash bytea, stream_version integer, now timestamptz)
        language plpgsql as $$
      begin
        perform pg_advisory_xact_lock(lock_key);
        return query
          select head.position, head.hash,
                 (select coalesce(max(e.stream_version), 0)::int from event_log e where e.stream_id = stream),
                 date_trunc('milliseconds', clock_timestamp())
            from (select 1) as one
            left join lateral (select e.position, e.hash from event_log e order by e.position desc limit 1) as head on true;
      end $$`);
    await runner.query(`
      create table subscription_checkpoint (
        name       text        primary key,
        position   bigint      not null check (position >= 0),
        updated_at timestamptz not null default now()
      )`);
    await ensureRuntimeRole(runner);
    await runner.query('revoke all on event_log, subscription_checkpoint from public');
    await runner.query(`grant select, insert on event_log to ${RUNTIME_ROLE}`);
    await runner.query(`grant select, insert, update on subscription_checkpoint to ${RUNTIME_ROLE}`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table subscription_checkpoint');
    await runner.query('drop table event_log');
    await runner.query('drop function event_log_lock_for_append(text, bigint)');
    await runner.query('drop function event_log_require_next_position()');
    await runner.query('drop function event_log_refuse_change()');
  }
}
