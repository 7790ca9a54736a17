import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type PaymentEventKind = 'due' | 'paid' | 'failed' | 'reversed';

/**
 * One payment event (due, paid, failed, reversed), never a running total. `payment_event_view_village`
 * is on (village_code text_pattern_ops, programme_id, period), for prefix matches on area codes.
 * TypeORM can express neither the operator class nor the columns of an index it must leave alone,
 * so it only knows the name and the migration defines the rest.
 */
@Entity({ name: 'payment_event_view' })
@Check('payment_event_view_kind_check', `kind in ('due', 'paid', 'failed', 'reversed')`)
@Index('payment_event_view_village', { synchronize: false })
@Index('payment_event_view_payment', ['paymentId'])
@Index('payment_event_view_kpm', ['kpmId'])
export class PaymentEventViewRow {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ type: 'text' })
  kind!: PaymentEventKind;

  @Column({ name: 'payment_id', type: 'text' })
  paymentId!: string;

  @Column({ name: 'kpm_id', type: 'text' })
  kpmId!: string;

  @Column({ name: 'programme_id', type: 'text' })
  programmeId!: string;

  @Column({ name: 'village_code', type: 'text' })
  villageCode!: string;

  @Column({ type: 'text' })
  period!: string;

  /** Rupiah and positions are bigint: pg hands them over as strings. */
  @Column({ type: 'bigint', nullable: true })
  amount!: string | null;

  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn!: string | null;

  @Column({ type: 'boolean', default: false })
  late!: boolean;

  @Column({ type: 'jsonb' })
  data!: unknown;

  @Column({ type: 'bigint' })
  position!: string;
}
