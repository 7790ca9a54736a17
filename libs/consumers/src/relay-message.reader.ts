import { type Pseudonymise, withoutFreeText, withoutPersonalData } from '@saksi/events';
import type { RecordedEvent } from '@saksi/event-store';
import { Kafka as CloudEventsKafka } from 'cloudevents';
import type { DeliveredEvent } from './delivered-event.js';

export interface KafkaMessageLike {
  key: Buffer | string | null;
  value: Buffer | string | null;
  headers?: Record<string, Buffer | string | (Buffer | string)[] | undefined>;
}

/** A relayed CloudEvent back into the event a handler receives. */
export function fromRelayMessage(message: KafkaMessageLike): DeliveredEvent {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {}))
    if (value !== undefined) headers[name] = String(value);
  const value = message.value?.toString() ?? '';
  const event = CloudEventsKafka.toEvent({
    key: message.key?.toString() ?? '',
    value,
    headers,
  } as never) as unknown as Record<string, unknown>;
  return {
    eventId: String(event['id']),
    position: Number(event['saksiposition']),
    streamId: String(event['subject']),
    type: String(event['type']),
    schemaVersion: Number(event['saksischemaversion']),
    data: event['data'],
    occurredAt: new Date(String(event['time'])),
    recordedAt: new Date(String(event['saksirecordedat'])),
    actor: String(event['saksiactor']),
    origin: String(event['saksiorigin']),
    hash: String(event['saksihash']),
  };
}

/**
 * In the embedded default there is no Kafka, but a handler must see exactly what it would see there:
 * the data treated by the same personal-data policy, without the same free text, and round-tripped
 * through JSON, the same fields. Mapped directly rather than through the CloudEvents SDK and back,
 * which cost more than applying the event (a test holds the two to the same result).
 */
export function deliverInProcess(event: RecordedEvent, pseudonymise: Pseudonymise): DeliveredEvent {
  const data = withoutFreeText(
    event.type,
    withoutPersonalData({ type: event.type, data: event.data }, pseudonymise),
  );
  return {
    eventId: event.eventId,
    position: event.position,
    streamId: event.streamId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: JSON.parse(JSON.stringify(data)) as unknown,
    occurredAt: new Date(event.occurredAt.toISOString()),
    recordedAt: new Date(event.recordedAt.toISOString()),
    actor: String(event.metadata.actor),
    origin: String(event.metadata.source),
    hash: event.hash,
  };
}
