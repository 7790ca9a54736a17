import type { DeliveredEvent } from '@saksi/consumers';
import { catalogue } from '@saksi/events';

/** A delivered event in the newest version of its type (old versions stay in the log as written). */
export interface CurrentEvent<Data = Record<string, unknown>> {
  eventId: string;
  position: number;
  type: string;
  data: Data;
  occurredAt: Date;
}

export function currentEvent(event: DeliveredEvent): CurrentEvent {
  const { data } = catalogue.upcast(event);
  return {
    eventId: event.eventId,
    position: event.position,
    type: event.type,
    data: data as Record<string, unknown>,
    occurredAt: event.occurredAt,
  };
}

/** A correction of an event of `type`: the original's data with the corrected fields over it. */
export interface Correction {
  correctsEventId: string;
  correctsType: string;
  fields: Record<string, unknown>;
}

export function asCorrection(event: CurrentEvent): Correction | undefined {
  return event.type === 'event.corrected' ? (event.data as unknown as Correction) : undefined;
}
