import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The inspectors' inbox: one alert and where its triage stands. `alert_view_inbox` is on (status,
 * village_code text_pattern_ops, severity), for prefix matches on area codes. TypeORM can express
 * neither the operator class nor the columns of an index it must leave alone, so it only knows the
 * name and the migration defines the rest.
 */
@Entity({ name: 'alert_view' })
@Index('alert_view_inbox', { synchronize: false })
export class AlertViewRow {
  @PrimaryColumn({ name: 'alert_id', type: 'uuid' })
  alertId!: string;

  @Column({ name: 'rule_code', type: 'text' })
  ruleCode!: string;

  @Column({ type: 'text' })
  severity!: string;

  @Column({ name: 'alert_key', type: 'text' })
  alertKey!: string;

  @Column({ name: 'village_code', type: 'text', nullable: true })
  villageCode!: string | null;

  @Column({ name: 'programme_id', type: 'text', nullable: true })
  programmeId!: string | null;

  @Column({ type: 'text' })
  subject!: string;

  /** Log positions of the events behind the alert; bigint, so strings in TypeScript. */
  @Column({ type: 'bigint', array: true })
  evidence!: string[];

  @Column({ type: 'jsonb' })
  details!: unknown;

  @Column({ name: 'config_version', type: 'text' })
  configVersion!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'integer', default: 0 })
  level!: number;

  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt!: Date;

  @Column({ name: 'raised_position', type: 'bigint' })
  raisedPosition!: string;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'closing_note', type: 'text', nullable: true })
  closingNote!: string | null;

  @Column({ name: 'last_position', type: 'bigint' })
  lastPosition!: string;
}
