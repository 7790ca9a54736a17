import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/** One grievance: when it was filed, when its answer is due and whether it was answered. */
@Entity({ name: 'grievance_view' })
@Unique('grievance_view_tracking_code_key', ['trackingCode'])
export class GrievanceViewRow {
  @PrimaryColumn({ name: 'grievance_id', type: 'text' })
  grievanceId!: string;

  @Column({ name: 'tracking_code', type: 'text' })
  trackingCode!: string;

  @Column({ name: 'village_code', type: 'text', nullable: true })
  villageCode!: string | null;

  @Column({ name: 'programme_id', type: 'text', nullable: true })
  programmeId!: string | null;

  @Column({ type: 'text' })
  category!: string;

  @Column({ type: 'boolean' })
  anonymous!: boolean;

  @Column({ name: 'filed_at', type: 'timestamptz' })
  filedAt!: Date;

  @Column({ name: 'answer_due_by', type: 'date' })
  answerDueBy!: string;

  /** Positions are bigint: pg hands them over as strings. */
  @Column({ name: 'filed_position', type: 'bigint' })
  filedPosition!: string;

  @Column({ name: 'filed_event', type: 'uuid' })
  filedEvent!: string;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ name: 'answered_position', type: 'bigint', nullable: true })
  answeredPosition!: string | null;
}
