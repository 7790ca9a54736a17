import { ensureRuntimeRole, RUNTIME_ROLE } from '@saksi/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who is told about alerts (alert_subscription), and each delivery that succeeded (alert_delivery).
 * A delivery is keyed by what was delivered, so a job that runs twice (delivery is at least once)
 * records once. Deliveries keep no foreign key: removing a subscription must not erase the record
 * that it was told.
 */
export class CreateAlertDelivery1795421400000 implements MigrationInterface {
  name = 'CreateAlertDelivery1795421400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      create table alert_subscription (
        id             uuid        primary key,
        name           text        not null check (length(name) between 1 and 200),
        region         text        not null check (region ~ '^([0-9]{2}(\\.[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{4})?)?)?)?$'),
        email          text,
        webhook_url    text,
        webhook_secret text,
        created_at     timestamptz not null default now(),
        check (email is not null or webhook_url is not null),
        check ((webhook_url is null) = (webhook_secret is null))
      )`);
    await runner.query('create index alert_subscription_region on alert_subscription (region)');
    await runner.query(`
      create table alert_delivery (
        alert_id        uuid        not null,
        subscription_id uuid        not null,
        level           integer     not null check (level >= 0),
        channel         text        not null check (channel in ('email', 'webhook')),
        delivered_at    timestamptz not null default now(),
        attempts        integer     not null check (attempts > 0),
        primary key (alert_id, subscription_id, level, channel)
      )`);
    await ensureRuntimeRole(runner);
    await runner.query('revoke all on alert_subscription, alert_delivery from public');
    await runner.query(`grant select, insert, delete on alert_subscription to ${RUNTIME_ROLE}`);
    await runner.query(`grant select, insert on alert_delivery to ${RUNTIME_ROLE}`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table alert_delivery');
    await runner.query('drop table alert_subscription');
  }
}
