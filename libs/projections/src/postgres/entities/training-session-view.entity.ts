import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One scheduled training session and whether it was held. */
@Entity({ name: 'training_session_view' })
export class TrainingSessionViewRow {
  @PrimaryColumn({ name: 'session_id', type: 'text' })
  sessionId!: string;

  @Column({ name: 'programme_id', type: 'text' })
  programmeId!: string;

  @Column({ name: 'village_code', type: 'text' })
  villageCode!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ type: 'text' })
  place!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ type: 'boolean', default: false })
  held!: boolean;

  /** Positions are bigint: pg hands them over as strings. */
  @Column({ name: 'scheduled_position', type: 'bigint' })
  scheduledPosition!: string;

  @Column({ name: 'scheduled_event', type: 'uuid' })
  scheduledEvent!: string;

  @Column({ name: 'held_position', type: 'bigint', nullable: true })
  heldPosition!: string | null;

  @Column({ type: 'jsonb' })
  data!: unknown;
}
