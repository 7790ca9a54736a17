import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One programme as created, with its rules; a read model, rebuilt from the log at will. */
@Entity({ name: 'programme_view' })
export class ProgrammeViewRow {
  @PrimaryColumn({ name: 'programme_id', type: 'text' })
  programmeId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'jsonb' })
  rules!: unknown;

  /** bigint: pg hands it over as a string. */
  @Column({ type: 'bigint' })
  position!: string;
}
