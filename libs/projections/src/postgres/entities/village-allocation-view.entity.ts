import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A village's allocation under one programme, as last recorded. */
@Entity({ name: 'village_allocation_view' })
export class VillageAllocationViewRow {
  @PrimaryColumn({ name: 'programme_id', type: 'text' })
  programmeId!: string;

  @PrimaryColumn({ name: 'village_code', type: 'text' })
  villageCode!: string;

  @Column({ type: 'integer' })
  year!: number;

  /** Rupiah amounts and positions are bigint: pg hands them over as strings. */
  @Column({ name: 'dana_desa', type: 'bigint' })
  danaDesa!: string;

  @Column({ type: 'bigint' })
  allocation!: string;

  @Column({ name: 'decree_ref', type: 'text', nullable: true })
  decreeRef!: string | null;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ type: 'jsonb' })
  data!: unknown;

  @Column({ type: 'bigint' })
  position!: string;
}
