import { v7 as uuidv7 } from 'uuid';
import type { NewEvent } from '../event.js';

let counter = 0;

/** A well-formed event; tests vary only what they are about. */
export function sampleEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  counter++;
  return {
    type: 'test.something-happened',
    schemaVersion: 1,
    data: { n: counter, village: '11.01.01.2001' },
    metadata: { actor: 'operator-test', source: 'jest' },
    occurredAt: new Date('2024-03-01T07:00:00.000Z'),
    ...overrides,
  };
}

export function withId(overrides: Partial<NewEvent> = {}): NewEvent {
  return sampleEvent({ eventId: uuidv7(), ...overrides });
}
