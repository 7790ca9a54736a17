import { describe, expect, it } from '@jest/globals';
import type { RecordedEvent } from '@saksi/event-store';
import { Kafka } from 'cloudevents';
import { toRelayMessage } from './cloud-event.mapper.js';
import { hmacPseudonymiser } from './pseudonymiser.js';

const event: RecordedEvent = {
  position: 42,
  eventId: '0193a1b2-0000-7000-8000-000000000042',
  streamId: 'kpm-kpm-1',
  streamVersion: 1,
  type: 'beneficiary.registered',
  schemaVersion: 2,
  data: {
    kpmId: 'kpm-1',
    villageCode: '11.01.01.2001',
    head: { name: 'Siti Aminah', nik: '1101014507800001', sex: 'F', birthDate: '1980-07-05' },
    members: [],
    sourceList: 'P3KE',
    otherAid: [],
  },
  metadata: { actor: 'operator-1', source: 'saksi-api' },
  occurredAt: new Date('2024-01-25T03:00:00.000Z'),
  recordedAt: new Date('2024-01-25T03:00:01.123Z'),
  hash: 'ab'.repeat(32),
};

describe('the relay message', () => {
  const message = toRelayMessage(event, '/saksi/test', hmacPseudonymiser('k'.repeat(32)));

  it('is a CloudEvents 1.0 binary-mode message that the official SDK reads back', () => {
    // Shaped as a consumer receives it: key, value and headers.
    const read = Kafka.toEvent({
      key: message.key,
      value: message.value,
      headers: message.headers,
    } as never) as unknown as Record<string, unknown>;
    expect(Object.values(message.headers)).not.toContain('undefined');
    expect(read).toMatchObject({
      specversion: '1.0',
      id: event.eventId,
      source: '/saksi/test',
      type: 'beneficiary.registered',
      subject: 'kpm-kpm-1',
      time: '2024-01-25T03:00:00.000Z',
      saksiposition: '42',
      saksischemaversion: '2',
      saksihash: 'ab'.repeat(32),
    });
    expect(message.key).toBe('kpm-kpm-1');
    expect(message.headers['ce_specversion']).toBe('1.0');
  });

  it('carries no NIK or name in clear, in headers or value', () => {
    const bytes = JSON.stringify(message);
    expect(bytes).not.toContain('1101014507800001');
    expect(bytes).not.toContain('Siti');
    expect(JSON.parse(message.value)).toMatchObject({
      head: { name: 'S. A.', nik: expect.stringMatching(/^hmac:[0-9a-f]{32}$/) },
    });
  });

  it('leaves out what a citizen wrote in a grievance and what they were answered, corrections too', () => {
    const grievance = (type: string, data: Record<string, unknown>) =>
      JSON.parse(
        toRelayMessage({ ...event, type, data }, '/saksi/test', hmacPseudonymiser('k'.repeat(32))).value,
      ) as Record<string, unknown>;
    const filed = grievance('grievance.filed', {
      grievanceId: 'grievance-1',
      villageCode: '11.01.01.2001',
      category: 'payment',
      text: 'Keluarga Siti Aminah (NIK 1101014507800001) belum menerima bantuan.',
      contact: '0813-1111-2222',
      anonymous: false,
    });
    expect(filed).toEqual({
      grievanceId: 'grievance-1',
      villageCode: '11.01.01.2001',
      category: 'payment',
      anonymous: false,
    });
    expect(
      grievance('grievance.answered', { grievanceId: 'grievance-1', answer: 'Siti Aminah sudah dibayar.' }),
    ).toEqual({
      grievanceId: 'grievance-1',
    });
    const corrected = grievance('event.corrected', {
      correctsEventId: 'e-1',
      correctsType: 'grievance.filed',
      reason: 'Salah ketik',
      fields: { text: 'Siti Aminah', category: 'other' },
    });
    expect(corrected.fields).toEqual({ category: 'other' });
  });
});
