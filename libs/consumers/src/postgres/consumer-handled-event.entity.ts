import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An event a consumer has handled, kept so that a redelivery has no second effect. */
@Entity({ name: 'consumer_handled_event' })
export class ConsumerHandledEventRow {
  @PrimaryColumn({ type: 'text' })
  consumer!: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  /** bigint: pg hands it over as a string. */
  @Column({ type: 'bigint' })
  position!: string;
}
