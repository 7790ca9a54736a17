import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row of the append-only log. Written only by PostgresEventStore.append; never updated. */
@Entity({ name: 'event_log' })
export class EventLogRow {
  /** bigint: pg hands it over as a string, converted once in the mapper. */
  @PrimaryColumn({ type: 'bigint' })
  position!: string;

  @Column({ name: 'event_id', type: 'uuid', unique: true })
  eventId!: string;

  @Column({ name: 'stream_id', type: 'text' })
  streamId!: string;

  @Column({ name: 'stream_version', type: 'integer' })
  streamVersion!: number;

  @Column({ type: 'text' })
  type!: string;

  @Column({ name: 'schema_version', type: 'integer' })
  schemaVersion!: number;

  @Column({ type: 'jsonb' })
  data!: unknown;

  @Column({ type: 'jsonb' })
  metadata!: Record<string, unknown>;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ type: 'bytea' })
  hash!: Buffer;
}
