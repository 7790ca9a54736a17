import { describe, expect, it } from '@jest/globals';
import type { RecordedEvent } from '@saksi/event-store';
import { hmacPseudonymiser, toRelayMessage } from '@saksi/relay';
import { deliverInProcess, fromRelayMessage } from './relay-message.reader.js';

const pseudonymise = hmacPseudonymiser('ab'.repeat(32));

function recorded(type: string, data: unknown, position: number): RecordedEvent {
  return {
    position,
    eventId: `0190a3c4-0000-7000-8000-${String(position).padStart(12, '0')}`,
    streamId: `kpm-${position}`,
    streamVersion: 1,
    type,
    schemaVersion: 1,
    data,
    metadata: { actor: 'key-7', source: 'saksi-api', correlationId: 'c', requestHash: 'h' },
    occurredAt: new Date('2024-03-01T07:00:00.123Z'),
    recordedAt: new Date('2024-03-02T01:02:03.456Z'),
    hash: 'cd'.repeat(32),
  };
}

describe('delivering an event in process', () => {
  it.each([
    [
      'a registration, whose NIK and name are treated',
      recorded(
        'beneficiary.registered',
        {
          kpmId: 'kpm-1',
          programmeId: 'blt-2024',
          villageCode: '11.01.01.2001',
          head: { name: 'Siti Aminah', nik: '1101014507800001', sex: 'F', birthDate: '1980-07-05' },
          members: [{ name: 'Budi', nik: '1101010101100002', relation: 'child' }],
          sourceList: 'P3KE',
          otherAid: [],
        },
        1,
      ),
    ],
    [
      'a payment, with nothing personal',
      recorded('payment.paid', { kpmId: 'kpm-1', period: '2024-03', amount: 300_000, extra: undefined }, 2),
    ],
    ['an event type the policy does not know', recorded('test.something-happened', { n: [1, 'two'] }, 3)],
    [
      'a grievance, whose text stays in the log',
      recorded(
        'grievance.filed',
        { grievanceId: 'g-1', category: 'payment', text: 'Siti Aminah belum dibayar.', anonymous: true },
        4,
      ),
    ],
  ])('gives %s exactly as a Kafka consumer would get it', (_, event) => {
    const throughKafka = fromRelayMessage(toRelayMessage(event, '/saksi/in-process', pseudonymise));
    expect(deliverInProcess(event, pseudonymise)).toEqual(throughKafka);
    expect(JSON.stringify(deliverInProcess(event, pseudonymise))).not.toContain('Siti');
  });
});
