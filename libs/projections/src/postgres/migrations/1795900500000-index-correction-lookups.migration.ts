import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A correction names only the event it corrects, so the read models find the row it changes by
 * that event's id, and a corrected registration moves the family's payments by its KPM id. Without
 * these indexes each such correction scans the whole table: about 0.35 s per million families, hours
 * for a rebuild of a national year in which one family in a hundred has its Musdes reference put right.
 */
export class IndexCorrectionLookups1795900500000 implements MigrationInterface {
  name = 'IndexCorrectionLookups1795900500000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('create index kpm_view_registration_event on kpm_view (registration_event)');
    await runner.query('create index kpm_view_approval_event on kpm_view (approval_event)');
    await runner.query('create index payment_event_view_kpm on payment_event_view (kpm_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop index payment_event_view_kpm');
    await runner.query('drop index kpm_view_approval_event');
    await runner.query('drop index kpm_view_registration_event');
  }
}
