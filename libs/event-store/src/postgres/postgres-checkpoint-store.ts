import type { DataSource } from 'typeorm';
import type { CheckpointStore } from '../subscription/checkpoint-store.port.js';
import { SubscriptionCheckpointRow } from './subscription-checkpoint.entity.js';
import { toSafeNumber } from './event-log-row.mapper.js';

export class PostgresCheckpointStore implements CheckpointStore {
  constructor(private readonly dataSource: DataSource) {}

  async load(name: string): Promise<number> {
    const row = await this.dataSource.getRepository(SubscriptionCheckpointRow).findOneBy({ name });
    return row ? toSafeNumber(row.position) : 0;
  }

  async save(name: string, position: number): Promise<void> {
    // Never moves backwards, even if two instances of one subscriber briefly overlap.
    await this.dataSource.query(
      `insert into subscription_checkpoint (name, position, updated_at) values ($1, $2, now())
       on conflict (name) do update set position = greatest(subscription_checkpoint.position, excluded.position),
                                        updated_at = excluded.updated_at`,
      [name, position],
    );
  }
}
