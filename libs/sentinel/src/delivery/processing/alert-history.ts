import { type AlertEvent, type AlertRaised, catalogue } from '@saksi/events';
import type { RecordedEvent, StreamWriter } from '@saksi/event-store';

export function alertStream(alertId: string): string {
  return `alert-${alertId}`;
}

/** The alert as raised: its raised event's id is the alert's id. */
export async function raisedAlert(
  store: StreamWriter,
  alertId: string,
): Promise<AlertRaised['data'] | undefined> {
  const [event] = await store.eventsById([alertId]);
  if (!event || event.type !== 'alert.raised') return undefined;
  return (catalogue.upcast(event) as AlertRaised).data;
}

/** Everything that happened to the alert, in the current shape, and the stream's version. */
export async function alertHistory(
  store: StreamWriter,
  alertId: string,
): Promise<{ events: AlertEvent[]; version: number }> {
  const recorded: RecordedEvent[] = await store.readStream(alertStream(alertId));
  return {
    events: recorded.map((event) => catalogue.upcast(event) as AlertEvent),
    version: recorded.at(-1)?.streamVersion ?? 0,
  };
}
