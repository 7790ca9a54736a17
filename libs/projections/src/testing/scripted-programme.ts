import { catalogue } from '@saksi/events';
import type { NewEvent } from '@saksi/event-store';

/**
 * A small BLT-DD year, written by hand so its figures can be computed by hand (see the expectations
 * in projections.int-spec.ts). Villages A and B share a district; C is in the next district of the
 * same regency.
 */
export const PROGRAMME = 'blt-2024';
export const A = '11.01.01.2001';
export const B = '11.01.01.2002';
export const C = '11.01.02.2001';

export interface ScriptedEvent {
  /** A name the test can refer to ("the position of a2's exit"). */
  label: string;
  streamId: string;
  event: NewEvent;
}

const at = (day: string, time = '03:00:00') => new Date(`${day}T${time}Z`);
let serial = 0;
const nik = (district: string, birth: string) =>
  `${district.replaceAll('.', '').slice(0, 6)}${birth}${String(++serial).padStart(4, '0')}`;

function event(label: string, streamId: string, type: string, data: object, occurredAt: Date): ScriptedEvent {
  catalogue.validate({ type, data });
  return {
    label,
    streamId,
    event: {
      type,
      schemaVersion: catalogue.currentVersion(type),
      data,
      metadata: { actor: 'operator-a', source: 'script' },
      occurredAt,
    },
  };
}

function register(kpmId: string, village: string, sex: 'F' | 'M', birthDate: string, day: string) {
  const [year, month, date] = birthDate.split('-') as [string, string, string];
  const nikDay = String(Number(date) + (sex === 'F' ? 40 : 0)).padStart(2, '0');
  return event(
    `${kpmId}.registered`,
    `kpm-${kpmId}`,
    'beneficiary.registered',
    {
      kpmId,
      programmeId: PROGRAMME,
      villageCode: village,
      head: {
        name: `Kepala ${kpmId}`,
        nik: nik(village, `${nikDay}${month}${year.slice(2)}`),
        sex,
        birthDate,
      },
      members: [{ sex: sex === 'F' ? 'M' : 'F', birthDate: '2010-01-01' }],
      sourceList: 'P3KE',
      otherAid: [],
    },
    at(day),
  );
}

const kpmEvent = (kpmId: string, what: string, data: object, day: string) =>
  event(`${kpmId}.${what}`, `kpm-${kpmId}`, `beneficiary.${what}`, { kpmId, ...data }, at(day));

const approve = (kpmId: string, day: string) =>
  kpmEvent(kpmId, 'approved', { musdesRef: 'BA-MUSDES/01/2024', musdesDate: day }, day);

function payment(kpmId: string, period: string, kind: string, extra: object, day: string) {
  return event(
    `${kpmId}.${period}.${kind}`,
    `kpm-${kpmId}`,
    `payment.${kind}`,
    { kpmId, paymentId: `${kpmId}-${period}`, period, ...extra },
    at(day),
  );
}

const paid = (kpmId: string, period: string, paidOn: string) =>
  payment(
    kpmId,
    period,
    'paid',
    { amount: 300_000, channel: 'cash', reference: `KW-${kpmId}-${period}`, paidOn },
    paidOn,
  );

const allocation = (village: string, danaDesa: number, amount: number) =>
  event(
    `allocation.${village}`,
    `programme-${PROGRAMME}`,
    'programme.village-allocation-set',
    { programmeId: PROGRAMME, villageCode: village, year: 2024, danaDesa, allocation: amount },
    at('2024-01-05'),
  );

/** In the order the field recorded them. */
export function scriptedProgramme(): ScriptedEvent[] {
  serial = 0;
  return [
    event(
      'programme.created',
      `programme-${PROGRAMME}`,
      'programme.created',
      {
        programmeId: PROGRAMME,
        kind: 'BLT-DD',
        name: 'BLT Dana Desa 2024',
        year: 2024,
        rules: {
          monthlyAmount: 300_000,
          allocationShareMin: null,
          allocationShareMax: 0.25,
          maxMonthsPerYear: 12,
          requiresP3ke: true,
          excludesPkh: true,
          minWomenTrainingShare: 0.3,
        },
      },
      at('2024-01-02'),
    ),
    allocation(A, 1_000_000_000, 200_000_000),
    allocation(B, 800_000_000, 120_000_000),
    allocation(C, 900_000_000, 180_000_000),
    register('a1', A, 'F', '1950-05-17', '2024-01-10'),
    register('a2', A, 'M', '1998-02-03', '2024-01-10'),
    register('a4', A, 'M', '1970-11-30', '2024-01-10'),
    register('b1', B, 'F', '1985-08-08', '2024-01-12'),
    approve('a1', '2024-01-20'),
    approve('a2', '2024-01-20'),
    approve('a4', '2024-01-20'),
    approve('b1', '2024-01-25'),
    paid('a1', '2024-01', '2024-01-25'),
    paid('a2', '2024-01', '2024-01-25'),
    paid('a4', '2024-01', '2024-01-25'),
    paid('b1', '2024-01', '2024-01-26'),
    register('a3', A, 'F', '1980-03-12', '2024-02-01'),
    event(
      'g1.filed',
      'grievance-g1',
      'grievance.filed',
      {
        grievanceId: 'g1',
        trackingCode: 'AB12-CD34',
        villageCode: A,
        programmeId: PROGRAMME,
        category: 'payment',
        text: 'Bantuan bulan Januari belum sampai ke tetangga saya.',
        anonymous: true,
        answerDueBy: '2024-02-15',
      },
      at('2024-02-01'),
    ),
    event(
      's1.scheduled',
      'training-s1',
      'training.scheduled',
      {
        sessionId: 's1',
        programmeId: PROGRAMME,
        villageCode: A,
        topic: 'Usaha warung',
        place: 'Balai desa',
        startsAt: '2024-02-10T02:00:00Z',
        endsAt: '2024-02-10T04:00:00Z',
        capacity: 20,
        trainer: 'Pendamping desa',
      },
      at('2024-02-02'),
    ),
    event(
      'g1.answered',
      'grievance-g1',
      'grievance.answered',
      { grievanceId: 'g1', answer: 'Sudah dibayar.' },
      at('2024-02-04'),
    ),
    event('s1.held', 'training-s1', 'training.held', { sessionId: 's1' }, at('2024-02-10', '04:00:00')),
    event(
      's1.a1',
      'training-s1',
      'training.attendance-recorded',
      {
        sessionId: 's1',
        kpmId: 'a1',
        participant: { sex: 'F', birthDate: '1950-05-17' },
        attendedAt: '2024-02-10T02:05:00Z',
      },
      at('2024-02-10', '04:05:00'),
    ),
    event(
      's1.a2',
      'training-s1',
      'training.attendance-recorded',
      {
        sessionId: 's1',
        kpmId: 'a2',
        participant: { sex: 'M', birthDate: '1998-02-03' },
        attendedAt: '2024-02-10T02:06:00Z',
      },
      at('2024-02-10', '04:06:00'),
    ),
    kpmEvent('a2', 'exited', { reason: 'Pindah domisili' }, '2024-02-15'),
    paid('b1', '2024-02', '2024-02-26'),
    kpmEvent('a4', 'suspended', { reason: 'Verifikasi ulang' }, '2024-03-01'),
    paid('a1', '2024-02', '2024-03-05'),
    payment('a4', '2024-01', 'reversed', { amount: 300_000, reason: 'Dibayar ganda' }, '2024-03-06'),
    event(
      'g2.filed',
      'grievance-g2',
      'grievance.filed',
      {
        grievanceId: 'g2',
        trackingCode: 'EF56-GH78',
        villageCode: A,
        category: 'eligibility',
        text: 'Keluarga kami tidak terdaftar.',
        anonymous: false,
        contact: '0812-0000-0000',
        answerDueBy: '2024-03-24',
      },
      at('2024-03-10'),
    ),
    payment('a1', '2024-03', 'due', { amount: 300_000 }, '2024-03-20'),
    payment('a1', '2024-03', 'failed', { reason: 'Rekening ditutup' }, '2024-03-25'),
    paid('b1', '2024-03', '2024-03-26'),
    register('c1', C, 'M', '1960-07-01', '2024-04-05'),
    approve('c1', '2024-04-10'),
    paid('c1', '2024-04', '2024-04-25'),
    kpmEvent('c1', 'deceased', { dateOfDeath: '2024-05-01' }, '2024-05-20'),
  ];
}
