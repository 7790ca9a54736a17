import { Check, Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/** One row of the append-only log. Written only by PostgresEventStore.append; never updated. */
@Entity({ name: 'event_log' })
// Named as PostgreSQL names the migration's inline checks, so the schema diff recognises them.
@Check('event_log_position_check', 'position > 0')
@Check('event_log_stream_id_check', 'length(stream_id) between 1 and 200')
@Check('event_log_stream_version_check', 'stream_version > 0')
@Check('event_log_schema_version_check', 'schema_version > 0')
@Check('event_log_hash_check', 'octet_length(hash) = 32')
@Unique('event_log_stream_version_key', ['streamId', 'streamVersion'])
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
