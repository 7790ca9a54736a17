import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One finding a village forum recorded. */
@Entity({ name: 'finding_view' })
export class FindingViewRow {
  @PrimaryColumn({ name: 'finding_id', type: 'text' })
  findingId!: string;

  @Column({ type: 'text' })
  forum!: string;

  @Column({ name: 'forum_name', type: 'text' })
  forumName!: string;

  @Column({ name: 'village_code', type: 'text' })
  villageCode!: string;

  @Column({ name: 'programme_id', type: 'text', nullable: true })
  programmeId!: string | null;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'related_count', type: 'integer' })
  relatedCount!: number;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  /** bigint: pg hands it over as a string. */
  @Column({ type: 'bigint' })
  position!: string;
}
