import type { NewEvent } from '@saksi/event-store';

/** The head's NIK in every registration made here, unless a test gives another. */
export const FAMILY_NIK = '3201014507800001';

/** What a family's registration holds that must never be stored in clear. */
export const SECRETS = ['Siti Aminah', FAMILY_NIK, '1980-07-05', '2012-03-01', '3201010101010001', 'market'];

const metadata = { actor: 'operator-test', source: 'jest' };
const occurredAt = new Date('2024-03-01T07:00:00Z');

export function registration(kpmId: string, eventId?: string, nik = FAMILY_NIK): NewEvent {
  return {
    ...(eventId ? { eventId } : {}),
    type: 'beneficiary.registered',
    schemaVersion: 2,
    data: {
      kpmId,
      programmeId: 'blt-2024',
      villageCode: '32.01.01.2001',
      head: { name: 'Siti Aminah', nik, sex: 'F', birthDate: '1980-07-05' },
      members: [
        { sex: 'M', birthDate: '2012-03-01' },
        { sex: 'F', birthDate: '2012-03-01' },
      ],
      kkNumber: '3201010101010001',
      sourceList: 'P3KE',
      otherAid: [],
      reason: 'Lost her income when the market closed',
    },
    metadata,
    occurredAt,
  };
}

export function attendance(kpmId: string, birthDate?: string): NewEvent {
  return {
    type: 'training.attendance-recorded',
    schemaVersion: 1,
    data: {
      sessionId: 's-1',
      kpmId,
      participant: { sex: 'F', ...(birthDate ? { birthDate } : {}) },
      attendedAt: '2024-04-02T09:05:00+07:00',
    },
    metadata,
    occurredAt,
  };
}

export function correction(correctsEventId: string, fields: Record<string, unknown>): NewEvent {
  return {
    type: 'event.corrected',
    schemaVersion: 1,
    data: { correctsEventId, correctsType: 'beneficiary.registered', reason: 'typo', fields },
    metadata,
    occurredAt,
  };
}

export function grievance(grievanceId: string, contact: string): NewEvent {
  return {
    type: 'grievance.filed',
    schemaVersion: 1,
    data: {
      grievanceId,
      trackingCode: 'ABCD-EFGH',
      category: 'payment',
      text: 'The payment came late',
      anonymous: false,
      contact,
      answerDueBy: '2024-04-30',
    },
    metadata,
    occurredAt,
  };
}
