import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** How far a consumer has read the log. */
@Entity({ name: 'consumer_position' })
@Check('consumer_position_position_check', 'position >= 0')
export class ConsumerPositionRow {
  @PrimaryColumn({ type: 'text' })
  consumer!: string;

  /** bigint: pg hands it over as a string. */
  @Column({ type: 'bigint' })
  position!: string;
}
