import { ensureRuntimeRole, RUNTIME_ROLE } from '@saksi/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The sentinel's memory (see @saksi/anomalies' FactStore): keys and JSON values. */
export class CreateSentinelFacts1795421300000 implements MigrationInterface {
  name = 'CreateSentinelFacts1795421300000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      create table sentinel_fact (
        key   text primary key collate "C",
        value jsonb not null
      )`);
    await ensureRuntimeRole(runner);
    await runner.query('revoke all on sentinel_fact from public');
    await runner.query(`grant select, insert, update, delete on sentinel_fact to ${RUNTIME_ROLE}`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table sentinel_fact');
  }
}
