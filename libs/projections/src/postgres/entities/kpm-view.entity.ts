import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A day range a beneficiary was suspended for; `to` is absent while the suspension lasts. */
export interface KpmSuspension {
  from: string;
  to?: string;
}

/**
 * One beneficiary household (KPM): initials, a keyed token and the masked NIK, never a name or NIK.
 * `kpm_view_village` is on (village_code text_pattern_ops, programme_id), for prefix matches on area
 * codes. TypeORM can express neither the operator class nor the columns of an index it must leave
 * alone, so it only knows the name and the migration defines the rest.
 */
@Entity({ name: 'kpm_view' })
@Index('kpm_view_village', { synchronize: false })
@Index('kpm_view_registration_event', ['registrationEvent'])
@Index('kpm_view_approval_event', ['approvalEvent'])
export class KpmViewRow {
  @PrimaryColumn({ name: 'kpm_id', type: 'text' })
  kpmId!: string;

  @Column({ name: 'programme_id', type: 'text' })
  programmeId!: string;

  @Column({ name: 'village_code', type: 'text' })
  villageCode!: string;

  @Column({ type: 'text', nullable: true })
  hamlet!: string | null;

  @Column({ type: 'text', nullable: true })
  rt!: string | null;

  @Column({ type: 'text', nullable: true })
  rw!: string | null;

  @Column({ name: 'head_initials', type: 'text', nullable: true })
  headInitials!: string | null;

  @Column({ name: 'nik_token', type: 'text', nullable: true })
  nikToken!: string | null;

  @Column({ name: 'nik_masked', type: 'text', nullable: true })
  nikMasked!: string | null;

  @Column({ name: 'head_sex', type: 'char', length: 1, nullable: true })
  headSex!: string | null;

  @Column({ name: 'head_birth_year', type: 'integer', nullable: true })
  headBirthYear!: number | null;

  @Column({ name: 'household_size', type: 'integer' })
  householdSize!: number;

  @Column({ name: 'source_list', type: 'text' })
  sourceList!: string;

  @Column({ name: 'other_aid', type: 'text', array: true })
  otherAid!: string[];

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'registered_on', type: 'date' })
  registeredOn!: string;

  /** Positions are bigint: pg hands them over as strings. */
  @Column({ name: 'registered_position', type: 'bigint' })
  registeredPosition!: string;

  @Column({ name: 'registration_event', type: 'uuid' })
  registrationEvent!: string;

  @Column({ type: 'jsonb' })
  registration!: unknown;

  @Column({ name: 'approved_on', type: 'date', nullable: true })
  approvedOn!: string | null;

  @Column({ name: 'approved_position', type: 'bigint', nullable: true })
  approvedPosition!: string | null;

  @Column({ name: 'approval_event', type: 'uuid', nullable: true })
  approvalEvent!: string | null;

  @Column({ name: 'musdes_ref', type: 'text', nullable: true })
  musdesRef!: string | null;

  @Column({ type: 'jsonb', default: [] })
  suspensions!: KpmSuspension[];

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ name: 'ended_position', type: 'bigint', nullable: true })
  endedPosition!: string | null;

  @Column({ name: 'last_position', type: 'bigint' })
  lastPosition!: string;
}
