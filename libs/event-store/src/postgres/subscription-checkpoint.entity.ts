import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** Where a named catch-up subscription stopped. Unlike the log, this row moves forward in place. */
@Entity({ name: 'subscription_checkpoint' })
@Check('subscription_checkpoint_position_check', 'position >= 0')
export class SubscriptionCheckpointRow {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ type: 'bigint' })
  position!: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
