import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One fact the sentinel remembers (see @saksi/anomalies' FactStore). The key is collated "C" so that
 * a listing by prefix comes back in byte order, whatever the database's default collation.
 */
@Entity({ name: 'sentinel_fact' })
export class SentinelFactRow {
  @PrimaryColumn({ type: 'text', collation: 'C' })
  key!: string;

  @Column({ type: 'jsonb' })
  value!: unknown;
}
