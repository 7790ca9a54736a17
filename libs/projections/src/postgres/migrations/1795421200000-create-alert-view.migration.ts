import { ensureRuntimeRole, RUNTIME_ROLE } from '@saksi/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The inspectors' inbox: each alert with where its triage stands. */
export class CreateAlertView1795421200000 implements MigrationInterface {
  name = 'CreateAlertView1795421200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      create table alert_view (
        alert_id         uuid primary key,
        rule_code        text        not null,
        severity         text        not null,
        alert_key        text        not null,
        village_code     text,
        programme_id     text,
        subject          text        not null,
        evidence         bigint[]    not null,
        details          jsonb       not null,
        config_version   text        not null,
        status           text        not null,
        level            int         not null default 0,
        raised_at        timestamptz not null,
        raised_position  bigint      not null,
        acknowledged_at  timestamptz,
        closed_at        timestamptz,
        closing_note     text,
        last_position    bigint      not null
      )`);
    await runner.query(
      'create index alert_view_inbox on alert_view (status, village_code text_pattern_ops, severity)',
    );
    await ensureRuntimeRole(runner);
    await runner.query('revoke all on alert_view from public');
    await runner.query(`grant select, insert, update, delete on alert_view to ${RUNTIME_ROLE}`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table alert_view');
  }
}
