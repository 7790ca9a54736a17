import { ensureRuntimeRole, RUNTIME_ROLE } from '@saksi/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Which events each consumer has handled (for exactly-once effects) and how far it has read. */
export class CreateConsumerTables1795421000000 implements MigrationInterface {
  name = 'CreateConsumerTables1795421000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      create table consumer_handled_event (
        consumer text   not null,
        event_id uuid   not null,
        position bigint not null,
        primary key (consumer, event_id)
      )`);
    await runner.query(`
      create table consumer_position (
        consumer text   primary key,
        position bigint not null check (position >= 0)
      )`);
    await ensureRuntimeRole(runner);
    await runner.query('revoke all on consumer_handled_event, consumer_position from public');
    await runner.query(`grant select, insert on consumer_handled_event to ${RUNTIME_ROLE}`);
    await runner.query(`grant select, insert, update on consumer_position to ${RUNTIME_ROLE}`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table consumer_position');
    await runner.query('drop table consumer_handled_event');
  }
}
