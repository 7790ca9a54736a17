import { ensureRuntimeRole, RUNTIME_ROLE } from '@saksi/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read models: one row per thing the log talks about, never a running total, so any period,
 * any area level and any "as of" is a query over rows, and a roll-up is the sum of its villages by
 * construction. No column holds a name or a NIK: initials, a keyed token and the masked NIK only.
 * Every row keeps the positions of the events behind it, for provenance.
 */
export class CreateReadModels1795421100000 implements MigrationInterface {
  name = 'CreateReadModels1795421100000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      create table programme_view (
        programme_id text primary key,
        kind         text   not null,
        name         text   not null,
        year         int    not null,
        rules        jsonb  not null,
        position     bigint not null
      )`);
    await runner.query(`
      create table village_allocation_view (
        programme_id text   not null,
        village_code text   not null,
        year         int    not null,
        dana_desa    bigint not null,
        allocation   bigint not null,
        decree_ref   text,
        event_id     uuid   not null,
        data         jsonb  not null,
        position     bigint not null,
        primary key (programme_id, village_code)
      )`);
    await runner.query(`
      create table kpm_view (
        kpm_id              text primary key,
        programme_id        text   not null,
        village_code        text   not null,
        hamlet              text,
        rt                  text,
        rw                  text,
        head_initials       text,
        nik_token           text,
        nik_masked          text,
        head_sex            char(1),
        head_birth_year     int,
        household_size      int    not null,
        source_list         text   not null,
        other_aid           text[] not null,
        status              text   not null,
        registered_on       date   not null,
        registered_position bigint not null,
        registration_event  uuid   not null,
        registration        jsonb  not null,
        approved_on         date,
        approved_position   bigint,
        approval_event      uuid,
        musdes_ref          text,
        -- [{from, to}] day ranges, so a suspension counts only in the periods it covered.
        suspensions         jsonb  not null default '[]',
        ended_on            date,
        ended_position      bigint,
        last_position       bigint not null
      )`);
    await runner.query(
      'create index kpm_view_village on kpm_view (village_code text_pattern_ops, programme_id)',
    );
    await runner.query(`
      create table payment_event_view (
        event_id     uuid primary key,
        kind         text   not null check (kind in ('due', 'paid', 'failed', 'reversed')),
        payment_id   text   not null,
        kpm_id       text   not null,
        programme_id text   not null,
        village_code text   not null,
        period       text   not null,
        amount       bigint,
        paid_on      date,
        late         boolean not null default false,
        data         jsonb  not null,
        position     bigint not null
      )`);
    await runner.query(
      'create index payment_event_view_village on payment_event_view (village_code text_pattern_ops, programme_id, period)',
    );
    await runner.query('create index payment_event_view_payment on payment_event_view (payment_id)');
    await runner.query(`
      create table training_session_view (
        session_id          text primary key,
        programme_id        text        not null,
        village_code        text        not null,
        topic               text        not null,
        place               text        not null,
        starts_at           timestamptz not null,
        ends_at             timestamptz not null,
        capacity            int         not null,
        held                boolean     not null default false,
        scheduled_position  bigint      not null,
        scheduled_event     uuid        not null,
        held_position       bigint,
        data                jsonb       not null
      )`);
    await runner.query(`
      create table training_attendance_view (
        event_id     uuid primary key,
        session_id   text        not null,
        kpm_id       text        not null,
        sex          char(1)     not null,
        birth_year   int,
        attended_at  timestamptz not null,
        data         jsonb       not null,
        position     bigint      not null
      )`);
    await runner.query(
      'create index training_attendance_view_session on training_attendance_view (session_id)',
    );
    await runner.query(`
      create table grievance_view (
        grievance_id      text primary key,
        tracking_code     text        not null unique,
        village_code      text,
        programme_id      text,
        category          text        not null,
        anonymous         boolean     not null,
        filed_at          timestamptz not null,
        answer_due_by     date        not null,
        filed_position    bigint      not null,
        filed_event       uuid        not null,
        answered_at       timestamptz,
        answered_position bigint
      )`);
    await runner.query(`
      create table finding_view (
        finding_id    text primary key,
        forum         text        not null,
        forum_name    text        not null,
        village_code  text        not null,
        programme_id  text,
        summary       text        not null,
        related_count int         not null,
        recorded_at   timestamptz not null,
        position      bigint      not null
      )`);
    await ensureRuntimeRole(runner);
    for (const table of READ_MODEL_TABLES) {
      await runner.query(`revoke all on ${table} from public`);
      // Read models are disposable copies of the log: a rebuild replaces their rows wholesale.
      await runner.query(`grant select, insert, update, delete on ${table} to ${RUNTIME_ROLE}`);
    }
    // A rebuild swaps the handled-event set of a projection (see projection-rebuild.ts).
    await runner.query(`grant delete on consumer_handled_event to ${RUNTIME_ROLE}`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [...READ_MODEL_TABLES].reverse()) await runner.query(`drop table ${table}`);
  }
}

const READ_MODEL_TABLES = [
  'programme_view',
  'village_allocation_view',
  'kpm_view',
  'payment_event_view',
  'training_session_view',
  'training_attendance_view',
  'grievance_view',
  'finding_view',
];
