import type { ProgrammeRules } from '@saksi/events';
import type { SentinelEvent } from '../sentinel-event.js';
import {
  type Payment,
  type Registration,
  registrationDefaults,
  type Session,
  sessionDefaults,
} from './builder-defaults.js';
import { BLT_2024_RULES, PROGRAMME } from './fixtures.js';

export interface Meta {
  actor?: string;
  /** ISO instant; defaults to a plausible one for the event. */
  occurredAt?: string;
  recordedAt?: string;
  origin?: string;
}

const HOUR_MS = 3_600_000;

/** A deterministic UUID for a position, so tests can name the events a correction refers to. */
export const eventIdAt = (position: number) =>
  `00000000-0000-4000-8000-${position.toString(16).padStart(12, '0')}`;

/**
 * Builds events as the sentinel receives them (personal data already treated), numbering positions
 * in the order they are built: the order the log accepted them. Tests may then deliver them in another
 * order across streams, as Kafka may.
 */
export class EventBuilder {
  constructor(private next = 1) {}

  event(streamId: string, type: string, data: unknown, meta: Meta = {}): SentinelEvent {
    const position = this.next++;
    const occurredAt = new Date(meta.occurredAt ?? '2024-01-15T03:00:00Z');
    return {
      eventId: eventIdAt(position),
      position,
      streamId,
      type,
      schemaVersion: type === 'beneficiary.registered' ? 2 : 1,
      data,
      occurredAt,
      recordedAt: new Date(meta.recordedAt ?? occurredAt.getTime() + 2 * HOUR_MS),
      actor: meta.actor ?? 'operator-desa-1',
      origin: meta.origin ?? 'saksi-api',
      hash: `sha256-${position}`,
    };
  }

  programme(programmeId = PROGRAMME, rules: ProgrammeRules = BLT_2024_RULES, year = 2024): SentinelEvent {
    const data = { programmeId, kind: 'BLT-DD', name: `BLT Dana Desa ${year}`, year, rules };
    return this.event(`programme-${programmeId}`, 'programme.created', data, { actor: 'admin-kabupaten' });
  }

  allocation(villageCode: string, danaDesa: number, allocation: number, programmeId = PROGRAMME) {
    const data = { programmeId, villageCode, year: 2024, danaDesa, allocation, decreeRef: 'Perkades 3/2024' };
    return this.event(`programme-${programmeId}`, 'programme.village-allocation-set', data, {
      actor: 'admin-kabupaten',
    });
  }

  register(kpmId: string, options: Partial<Registration> = {}, meta: Meta = {}): SentinelEvent {
    const { villageCode, programmeId, nik, sourceList, otherAid } = { ...registrationDefaults, ...options };
    const data = {
      kpmId,
      programmeId,
      villageCode,
      hamlet: 'Dusun Meunasah',
      head: {
        name: 'S. A.',
        nik: `hmac-${nik}`,
        nikMasked: `${nik.slice(0, 6)}******${nik.slice(-4)}`,
        sex: 'F',
        birthDate: '1980',
      },
      members: [{ sex: 'M', birthDate: '2010' }],
      sourceList,
      otherAid,
    };
    return this.event(`kpm-${kpmId}`, 'beneficiary.registered', data, meta);
  }

  approve(kpmId: string, musdesRef: string | null = 'BA-MUSDES/03/2024', meta: Meta = {}) {
    const data = musdesRef ? { kpmId, musdesRef, musdesDate: '2024-02-10' } : { kpmId };
    return this.event(`kpm-${kpmId}`, 'beneficiary.approved', data, {
      actor: 'sekdes-1',
      occurredAt: '2024-02-10T03:00:00Z',
      ...meta,
    });
  }

  /** Registered by the operator, approved by the village secretary at the Musdes of 10 February. */
  approvedKpm(kpmId: string, options: Partial<Registration> = {}): SentinelEvent[] {
    return [this.register(kpmId, options), this.approve(kpmId)];
  }

  status(kpmId: string, type: `beneficiary.${string}`, extra: Record<string, unknown> = {}, meta: Meta = {}) {
    return this.event(
      `kpm-${kpmId}`,
      type,
      { kpmId, ...extra },
      { occurredAt: '2024-04-01T03:00:00Z', ...meta },
    );
  }

  deceased(kpmId: string, dateOfDeath: string, meta: Meta = {}) {
    return this.status(
      kpmId,
      'beneficiary.deceased',
      { dateOfDeath },
      { occurredAt: `${dateOfDeath}T03:00:00Z`, ...meta },
    );
  }

  pay(kpmId: string, period: string, options: Partial<Payment> = {}, meta: Meta = {}): SentinelEvent {
    const { paymentId, amount, paidOn } = {
      paymentId: `pay-${kpmId}-${period}`,
      amount: 300_000,
      paidOn: `${period}-25`,
      ...options,
    };
    const data = { kpmId, paymentId, period, amount, channel: 'bank', reference: `TRX-${paymentId}`, paidOn };
    return this.event(`kpm-${kpmId}`, 'payment.paid', data, { occurredAt: `${paidOn}T03:00:00Z`, ...meta });
  }

  reverse(paid: SentinelEvent, meta: Meta = {}): SentinelEvent {
    const { kpmId, paymentId, period, amount } = paid.data as Payment & { kpmId: string; period: string };
    const data = { kpmId, paymentId, period, amount, reason: 'uang dikembalikan ke kas desa' };
    return this.event(paid.streamId, 'payment.reversed', data, meta);
  }

  correct(target: SentinelEvent, fields: Record<string, unknown>, meta: Meta = {}): SentinelEvent {
    const data = {
      correctsEventId: target.eventId,
      correctsType: target.type,
      reason: 'salah ketik',
      fields,
    };
    return this.event(target.streamId, 'event.corrected', data, meta);
  }

  schedule(sessionId: string, options: Partial<Session> = {}): SentinelEvent {
    const session = { ...sessionDefaults, ...options };
    const data = { sessionId, ...session, topic: 'Pembukuan usaha kecil', trainer: 'Pendamping desa' };
    return this.event(`training-${sessionId}`, 'training.scheduled', data, {
      occurredAt: '2024-03-20T03:00:00Z',
    });
  }

  held(sessionId: string, day = '2024-04-02'): SentinelEvent {
    return this.event(
      `training-${sessionId}`,
      'training.held',
      { sessionId },
      { occurredAt: `${day}T08:00:00Z` },
    );
  }

  attend(sessionId: string, kpmId: string, sex: 'F' | 'M' = 'F', birthYear: string | null = '1980') {
    const participant = birthYear ? { sex, birthDate: birthYear } : { sex };
    const data = { sessionId, kpmId, participant, attendedAt: '2024-04-02T02:05:00Z' };
    return this.event(`training-${sessionId}`, 'training.attendance-recorded', data, {
      occurredAt: '2024-04-02T02:05:00Z',
    });
  }
}
