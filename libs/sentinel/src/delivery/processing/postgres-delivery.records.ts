import type { DataSource } from 'typeorm';
import type { DeliveryJobs } from '../delivery.jobs.js';

type Delivery = DeliveryJobs['deliver-alert'];

/** alert_delivery: one row per delivery that succeeded. */
export class PostgresDeliveryRecords {
  constructor(private readonly dataSource: DataSource) {}

  async has(delivery: Delivery): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `select 1 from alert_delivery
       where alert_id = $1 and subscription_id = $2 and level = $3 and channel = $4`,
      [delivery.alertId, delivery.subscriptionId, delivery.level, delivery.channel],
    );
    return rows.length > 0;
  }

  /** A second success of the same delivery (it is at least once) leaves the first record. */
  async record(delivery: Delivery, attempts: number): Promise<void> {
    await this.dataSource.query(
      `insert into alert_delivery (alert_id, subscription_id, level, channel, attempts)
       values ($1, $2, $3, $4, $5) on conflict do nothing`,
      [delivery.alertId, delivery.subscriptionId, delivery.level, delivery.channel, attempts],
    );
  }
}
