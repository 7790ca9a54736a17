import type { QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from './runtime-role.js';

/**
 * Creates the runtime role if the server does not have it yet (roles are server-wide, so two test
 * runs may race to create it) and makes the migrating user a member, so it may SET ROLE to it. Every
 * migration that grants to the role calls this first, whatever order the schema parts come in.
 */
export async function ensureRuntimeRole(runner: QueryRunner): Promise<void> {
  await runner.query(`
    do $$ begin
      create role ${RUNTIME_ROLE} nologin;
    exception when duplicate_object or unique_violation then null;
    end $$`);
  // A non-superuser may lack the right to grant membership; the runtime then stays the login user.
  await runner.query(`
    do $$ begin
      execute format('grant ${RUNTIME_ROLE} to %I', current_user);
    exception when others then null;
    end $$`);
}
