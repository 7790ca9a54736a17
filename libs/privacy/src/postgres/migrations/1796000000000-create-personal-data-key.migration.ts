import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ensureRuntimeRole, RUNTIME_ROLE } from '@saksi/database';

/**
 * The data keys personal data is sealed under, one per subject, wrapped under the master key that
 * only the processes hold. The runtime role may add keys and erase them, nothing else: it cannot
 * delete a row (an erasure must leave its trace), and a trigger refuses to give an erased subject a
 * key again, so what was erased stays erased whoever holds the database.
 */
export class CreatePersonalDataKey1796000000000 implements MigrationInterface {
  name = 'CreatePersonalDataKey1796000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      create table personal_data_key (
        subject     text        primary key check (length(subject) between 1 and 200),
        wrapped_key bytea       check (octet_length(wrapped_key) = 60),
        created_at  timestamptz not null default now(),
        erased_at   timestamptz,
        constraint personal_data_key_erased_has_no_key check ((erased_at is null) = (wrapped_key is not null))
      )`);
    await runner.query(`
      create function personal_data_key_stays_erased() returns trigger language plpgsql as $$
      begin
        if old.erased_at is not null then
          raise exception 'the personal data of % was erased; it cannot be given a key again', old.subject
            using errcode = 'check_violation';
        end if;
        return new;
      end $$`);
    await runner.query(`
      create trigger personal_data_key_stays_erased before update on personal_data_key
        for each row execute function personal_data_key_stays_erased()`);
    await ensureRuntimeRole(runner);
    await runner.query('revoke all on personal_data_key from public');
    await runner.query(`grant select, insert on personal_data_key to ${RUNTIME_ROLE}`);
    await runner.query(`grant update (wrapped_key, erased_at) on personal_data_key to ${RUNTIME_ROLE}`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table personal_data_key');
    await runner.query('drop function personal_data_key_stays_erased()');
  }
}
