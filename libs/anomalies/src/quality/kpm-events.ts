import type { SaksiEventType } from '@saksi/events';
import type { Draft } from './draft-log.js';
import type { Flavour, Kpm, PaymentChannel, Village } from './model.js';
import type { Household } from './people.js';
import { dateOf, DAY, instantOn, pad, periodOf } from './time.js';
import { paydayOf, recordedAfter, type World } from './world.js';

const OTHER_AID: readonly string[][] = [[], [], [], ['KIS'], ['BPNT'], ['KIS', 'PIP']];
const REASONS = [
  'Kehilangan mata pencaharian',
  'Lansia tunggal',
  'Penyakit kronis',
  'Penyandang disabilitas',
];

export interface Registering {
  at: number;
  flavour: Flavour;
  actor?: string;
  sourceList?: string;
  otherAid?: string[];
  hamlet?: string;
}

/** A family registered by the village operator (or the facilitator), from the P3KE list by default. */
export function registerKpm(world: World, village: Village, household: Household, how: Registering): Kpm {
  const kpmId = `${village.digits}-${pad(++village.counters.kpm, 3)}`;
  const streamId = `kpm-${kpmId}`;
  const { head, members, kkNumber, rt, rw } = household;
  const registration = world.log.add({
    streamId,
    type: 'beneficiary.registered',
    data: {
      kpmId,
      programmeId: world.programmeId,
      villageCode: village.code,
      hamlet: how.hamlet ?? household.hamlet,
      rt,
      rw,
      head: { name: head.name, nik: head.nik, sex: head.sex, birthDate: head.birthDate },
      members,
      kkNumber,
      sourceList: how.sourceList ?? 'P3KE',
      otherAid: how.otherAid ?? world.random.pick(OTHER_AID),
      reason: world.random.pick(REASONS),
    },
    occurredAt: how.at,
    recordedAt: recordedAfter(world, how.at, 12),
    actor: how.actor ?? (world.random.chance(0.8) ? village.actors.operator : village.actors.pendamping),
  });
  const { recorders } = village.actors;
  const recorder = recorders[village.counters.kpm % recorders.length]!;
  const kpm: Kpm = {
    kpmId,
    streamId,
    village,
    household,
    flavour: how.flavour,
    recorder,
    registration,
    approval: null,
    payments: new Map(),
    attendee: null,
  };
  village.kpms.push(kpm);
  world.kpmById.set(kpmId, kpm);
  return kpm;
}

/** An event on the KPM's stream, recorded within a day and a half unless `recordedAt` says otherwise. */
export function kpmEvent(
  world: World,
  kpm: Kpm,
  type: SaksiEventType,
  at: number,
  data: Record<string, unknown> = {},
  meta: { actor?: string; recordedAt?: number } = {},
): Draft {
  return world.log.add({
    streamId: kpm.streamId,
    type,
    data: { kpmId: kpm.kpmId, ...data },
    occurredAt: at,
    recordedAt: meta.recordedAt ?? recordedAfter(world, at),
    actor: meta.actor ?? kpm.village.actors.sekdes,
  });
}

export const musdesRefOf = (world: World, village: Village) =>
  `BA-MUSDESUS/${pad(village.index + 1, 3)}/${world.year}`;

/** Approved at the village's Musdes, recorded by the village secretary. */
export function approveKpm(world: World, kpm: Kpm, musdes = musdesDayOf(world, kpm.village)): Draft {
  const at = instantOn(musdes, world.random.int(2, 6), world.random.int(0, 59));
  const musdesRef = musdesRefOf(world, kpm.village);
  kpm.approval = kpmEvent(world, kpm, 'beneficiary.approved', at, { musdesRef, musdesDate: musdes });
  return kpm.approval;
}

export const musdesDayOf = (world: World, village: Village) =>
  dateOf(world.year, world.startMonth, village.musdesDay);

export interface Paying {
  paidOn: string;
  amount?: number;
  paymentId?: string;
  actor?: string;
  channel?: PaymentChannel;
  /** Hour (UTC) the money changed hands. */
  hour?: number;
  recordedAt?: number;
}

export function payPeriod(world: World, kpm: Kpm, period: string, how: Paying): Draft {
  const paymentId = how.paymentId ?? `${kpm.kpmId}-${period}`;
  const at = instantOn(how.paidOn, how.hour ?? world.random.int(1, 8), world.random.int(0, 59));
  return world.log.add({
    streamId: kpm.streamId,
    type: 'payment.paid',
    data: {
      kpmId: kpm.kpmId,
      paymentId,
      period,
      amount: how.amount ?? world.rules.monthlyAmount,
      channel: how.channel ?? kpm.village.channel,
      reference: `TRX-${paymentId}`,
      paidOn: how.paidOn,
    },
    occurredAt: at,
    recordedAt: how.recordedAt ?? recordedAfter(world, at),
    actor: how.actor ?? kpm.recorder,
  });
}

/** The monthly amount on the village's payday for each month first..last. */
export function payMonths(world: World, kpm: Kpm, first: number, last: number): void {
  for (let month = first; month <= last; month++) {
    const period = periodOf(world.year, month);
    kpm.payments.set(period, payPeriod(world, kpm, period, { paidOn: paydayOf(world, kpm.village, month) }));
  }
}

/** Moves a payment to another day (and actor): when it happened, and when it was recorded, follow. */
export function repay(
  world: World,
  payment: Draft,
  paidOn: string,
  actor = payment.actor,
  channel?: string,
): void {
  payment.data = { ...payment.data, paidOn, ...(channel ? { channel } : {}) };
  payment.occurredAt = instantOn(paidOn, world.random.int(1, 8), world.random.int(0, 59));
  payment.recordedAt = recordedAfter(world, payment.occurredAt);
  payment.actor = actor;
}

/** Drops the regular payments from `month` on (the family left the programme). */
export function stopPayments(world: World, kpm: Kpm, month: number): void {
  for (let later = month; later <= 12; later++) {
    const period = periodOf(world.year, later);
    const payment = kpm.payments.get(period);
    if (payment) world.log.remove(payment);
    kpm.payments.delete(period);
  }
}

/** A correction on the corrected event's stream, two to five days after it was recorded. */
export function correctEvent(
  world: World,
  target: Draft,
  fields: Record<string, unknown>,
  actor: string,
  days = world.random.int(2, 5),
): Draft {
  const at = target.recordedAt + days * DAY;
  return world.log.add({
    streamId: target.streamId,
    type: 'event.corrected',
    data: { correctsEventId: target.eventId, correctsType: target.type, reason: 'Salah ketik', fields },
    occurredAt: at,
    recordedAt: recordedAfter(world, at, 4),
    actor,
  });
}
