import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Locking a fact's key and reading it in one round trip. Each statement of a volatile function takes
 * a fresh snapshot, so the read happens after the lock is granted and sees the last committed value;
 * a single plain statement would read with the snapshot it took before waiting for the lock.
 */
export class LockedFactRead1795900100000 implements MigrationInterface {
  name = 'LockedFactRead1795900100000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      create function sentinel_fact_locked(fact_key text) returns table (value jsonb)
        language plpgsql as $$
      begin
        perform pg_advisory_xact_lock(hashtextextended(fact_key, 0));
        return query select f.value from sentinel_fact f where f.key = fact_key;
      end $$`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop function sentinel_fact_locked(text)');
  }
}
