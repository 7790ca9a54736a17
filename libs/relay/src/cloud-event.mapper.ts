import type { Pseudonymise } from '@saksi/events';
import { withoutFreeText, withoutPersonalData } from '@saksi/events';
import type { RecordedEvent } from '@saksi/event-store';
import { CloudEvent, Kafka } from 'cloudevents';

export interface RelayMessage {
  key: string;
  value: string;
  headers: Record<string, string>;
}

/**
 * One logged event as a CloudEvents 1.0 message in Kafka's binary mode: `ce_` headers, the data as
 * JSON with personal fields treated by the policy and free text left out, and the
 * stream id as the key, so every event of a stream lands on one partition in log order. Extensions
 * carry what an auditor needs to tie the message back to the log: its position, schema version and
 * chain hash.
 */
export function toRelayMessage(
  event: RecordedEvent,
  source: string,
  pseudonymise: Pseudonymise,
): RelayMessage {
  const cloudEvent = new CloudEvent({
    specversion: '1.0',
    id: event.eventId,
    source,
    type: event.type,
    subject: event.streamId,
    time: event.occurredAt.toISOString(),
    datacontenttype: 'application/json',
    data: withoutFreeText(
      event.type,
      withoutPersonalData({ type: event.type, data: event.data }, pseudonymise),
    ),
    partitionkey: event.streamId,
    saksiposition: String(event.position),
    saksistreamversion: String(event.streamVersion),
    saksischemaversion: String(event.schemaVersion),
    saksihash: event.hash,
    saksirecordedat: event.recordedAt.toISOString(),
    // The actor is an access key's id (never a person's name) and the origin says which system the
    // action came through: rules about who did what, and how, need both.
    saksiactor: event.metadata.actor,
    saksiorigin: event.metadata.source,
  });
  const message = Kafka.binary(cloudEvent);
  const headers: Record<string, string> = {};
  // The SDK lists unset attributes as undefined; a Kafka header must be absent rather than "undefined".
  for (const [name, value] of Object.entries(message.headers))
    if (value !== undefined) headers[name] = String(value);
  const value = typeof message.body === 'string' ? message.body : JSON.stringify(message.body);
  return { key: event.streamId, value, headers };
}
