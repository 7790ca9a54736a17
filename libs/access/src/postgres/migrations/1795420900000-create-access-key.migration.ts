import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ensureRuntimeRole, RUNTIME_ROLE } from '@saksi/database';

/**
 * The access keys staff authenticate with. Only a scrypt hash of each key is stored. The runtime
 * role may read and add keys and may change `revoked_at` only: it can revoke a key, never alter its
 * role, villages or hash, and never delete the record that a key existed.
 */
export class CreateAccessKey1795420900000 implements MigrationInterface {
  name = 'CreateAccessKey1795420900000';

  async up(runner: QueryRunner): Promise<void> {
    // A check constraint cannot hold a subquery, so the per-element test lives in a function.
    await runner.query(`
      create function access_key_village_codes_valid(codes text[]) returns boolean
        language sql immutable as $$
          select coalesce(bool_and(code is not null and code ~ '^\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}$'), true)
            from unnest(codes) as code
        $$`);
    await runner.query(`
      create table access_key (
        id          uuid        primary key,
        label       text        not null check (length(label) between 1 and 200),
        role        text        not null check (role in ('operator', 'forum', 'inspector', 'admin')),
        villages    text[]      not null default '{}',
        secret_hash bytea       not null check (octet_length(secret_hash) = 32),
        salt        bytea       not null check (octet_length(salt) = 16),
        created_at  timestamptz not null default now(),
        created_by  text        not null check (length(created_by) between 1 and 200),
        revoked_at  timestamptz,
        constraint access_key_villages_only_for_operators
          check ((role = 'operator') = (cardinality(villages) > 0)),
        constraint access_key_village_codes check (access_key_village_codes_valid(villages))
      )`);
    await ensureRuntimeRole(runner);
    await runner.query('revoke all on access_key from public');
    await runner.query(`grant select, insert on access_key to ${RUNTIME_ROLE}`);
    await runner.query(`grant update (revoked_at) on access_key to ${RUNTIME_ROLE}`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table access_key');
    await runner.query('drop function access_key_village_codes_valid(text[])');
  }
}
