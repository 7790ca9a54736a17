import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One beneficiary's attendance at one training session. */
@Entity({ name: 'training_attendance_view' })
@Index('training_attendance_view_session', ['sessionId'])
export class TrainingAttendanceViewRow {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'session_id', type: 'text' })
  sessionId!: string;

  @Column({ name: 'kpm_id', type: 'text' })
  kpmId!: string;

  @Column({ type: 'char', length: 1 })
  sex!: string;

  @Column({ name: 'birth_year', type: 'integer', nullable: true })
  birthYear!: number | null;

  @Column({ name: 'attended_at', type: 'timestamptz' })
  attendedAt!: Date;

  @Column({ type: 'jsonb' })
  data!: unknown;

  /** bigint: pg hands it over as a string. */
  @Column({ type: 'bigint' })
  position!: string;
}
