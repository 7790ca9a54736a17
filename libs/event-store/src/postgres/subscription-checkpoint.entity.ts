import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where a named catch-up subscription stopped. Unlike the log, this row moves forward in place. */
@Entity({ name: 'subscription_checkpoint' })
export class SubscriptionCheckpointRow {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ type: 'bigint' })
  position!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
