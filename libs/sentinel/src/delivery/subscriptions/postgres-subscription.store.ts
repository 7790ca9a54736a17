import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { AlertSubscription } from './alert-subscription.js';
import type { NewSubscription } from './new-subscription.schema.js';

interface SubscriptionRow {
  id: string;
  name: string;
  region: string;
  email: string | null;
  webhook_url: string | null;
  webhook_secret: string | null;
  created_at: Date;
}

const COLUMNS = 'id, name, region, email, webhook_url, webhook_secret, created_at';

/** The alert_subscription table; given a manager, it reads inside the caller's transaction. */
export class PostgresSubscriptionStore {
  constructor(private readonly db: DataSource | EntityManager) {}

  async create(subscription: NewSubscription): Promise<AlertSubscription> {
    const [row] = await this.db.query<SubscriptionRow[]>(
      `insert into alert_subscription (id, name, region, email, webhook_url, webhook_secret)
       values ($1, $2, $3, $4, $5, $6) returning ${COLUMNS}`,
      [
        randomUUID(),
        subscription.name,
        subscription.region,
        subscription.email ?? null,
        subscription.webhookUrl ?? null,
        subscription.webhookSecret ?? null,
      ],
    );
    return toSubscription(row!);
  }

  async list(): Promise<AlertSubscription[]> {
    const rows = await this.db.query<SubscriptionRow[]>(
      `select ${COLUMNS} from alert_subscription order by region, name, id`,
    );
    return rows.map(toSubscription);
  }

  async get(id: string): Promise<AlertSubscription | undefined> {
    const [row] = await this.db.query<SubscriptionRow[]>(
      `select ${COLUMNS} from alert_subscription where id = $1`,
      [id],
    );
    return row ? toSubscription(row) : undefined;
  }

  /** Those whose region contains the village (or the nation's, for an alert without a village). */
  async covering(villageCode: string | null): Promise<AlertSubscription[]> {
    const rows = await this.db.query<SubscriptionRow[]>(
      `select ${COLUMNS} from alert_subscription
       where region = '' or $1::text = region or left($1::text, length(region) + 1) = region || '.'
       order by region, name, id`,
      [villageCode],
    );
    return rows.map(toSubscription);
  }

  /** False when there was no such subscription. */
  async remove(id: string): Promise<boolean> {
    // TypeORM answers a DELETE with [rows, affected count].
    const [, affected] = await this.db.query<[unknown[], number]>(
      'delete from alert_subscription where id = $1',
      [id],
    );
    return affected > 0;
  }
}

function toSubscription(row: SubscriptionRow): AlertSubscription {
  return {
    id: row.id,
    name: row.name,
    region: row.region,
    email: row.email,
    webhookUrl: row.webhook_url,
    webhookSecret: row.webhook_secret,
    createdAt: row.created_at,
  };
}
