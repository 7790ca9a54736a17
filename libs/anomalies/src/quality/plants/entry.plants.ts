import type { Draft } from '../draft-log.js';
import { repay } from '../kpm-events.js';
import { dateOf, DAY, instantOn, pad, periodOf } from '../time.js';
import { attend, attendeeOf, trainable } from '../training-year.js';
import type { World } from '../world.js';
import { type Planter, takeSession, villageFor } from './planter.js';

const BACKDATED = 'ENTRY.BACKDATED';

/**
 * Entries typed in two to three months after the fact: a paper grievance, an attendance list padded
 * afterwards, a forum's finding. None of them is a payment, whose late entry would also leave its
 * month looking unpaid for weeks (PAYMENT.MISSING) and so be two anomalies.
 */
export const entryBackdated: Planter = {
  ruleCode: BACKDATED,
  plant(world, index) {
    const late = (occurredAt: number) =>
      occurredAt + (world.config.backdatingLimitDays + world.random.int(3, 30)) * DAY;
    const variant = index % 3;
    if (variant === 1) {
      const session = takeSession(world, index, (candidate) => {
        const present = new Set(candidate.attendance.map((attendance) => attendance.kpm));
        const room = (candidate.schedule.data['capacity'] as number) > candidate.attendance.length;
        return room && trainable(candidate.village).some((kpm) => !present.has(kpm));
      });
      const present = new Set(session.attendance.map((attendance) => attendance.kpm));
      const kpm = trainable(session.village).find((candidate) => !present.has(candidate))!;
      const added = attend(world, session, kpm, attendeeOf(world, kpm, 0.65), {
        recordedAt: late(session.startsAt),
      });
      return world.truth.expect(BACKDATED, [added.draft.eventId], 'attendance added afterwards');
    }
    const village = villageFor(world, index, 3);
    const month = Math.min(world.startMonth + 1 + (index % 5), 9);
    const at = instantOn(dateOf(world.year, month, world.random.int(5, 25)), world.random.int(1, 8));
    const number = `${village.digits}-${variant === 0 ? 'aduan' : 'temuan'}-${pad(++village.counters.other, 3)}`;
    const draft: Draft =
      variant === 0
        ? world.log.add({
            streamId: `grievance-${number}`,
            type: 'grievance.filed',
            data: {
              grievanceId: number,
              trackingCode: `P${pad(village.index % 1000, 3)}-${pad(index % 10_000, 4)}`,
              villageCode: village.code,
              programmeId: world.programmeId,
              category: 'payment',
              text: 'Pengaduan tertulis di kotak saran: bantuan bulan lalu dipotong.',
              anonymous: false,
              contact: '0812-0000-0000',
              answerDueBy: new Date(at + 14 * DAY).toISOString().slice(0, 10),
            },
            occurredAt: at,
            recordedAt: late(at),
            actor: village.actors.operator,
          })
        : world.log.add({
            streamId: `finding-${number}`,
            type: 'finding.recorded',
            data: {
              findingId: number,
              forum: 'BPD',
              forumName: `BPD ${village.code}`,
              villageCode: village.code,
              programmeId: world.programmeId,
              summary: 'Audit sosial: daftar penerima sesuai berita acara Musdesus.',
              evidenceRefs: ['Berita acara audit sosial'],
              relatedEventIds: [],
            },
            occurredAt: at,
            recordedAt: late(at),
            actor: `bpd-${village.digits}`,
          });
    world.truth.expect(
      BACKDATED,
      [draft.eventId],
      variant === 0 ? 'paper grievance typed in late' : 'finding recorded late',
    );
  },
};

const BURST = 'ENTRY.BURST';

/**
 * A district operator records one month's payments of several villages for a single payday, one
 * more than the threshold or a few more: lists written at a desk. Only plain families' payments
 * are moved, each at most once, so no other plant changes.
 */
export const entryBurst: Planter = {
  ruleCode: BURST,
  plant(world, index) {
    const moved = movedPayments(world);
    const months = 12 - world.startMonth;
    const month = world.startMonth + 1 + ((index * 5 + 2) % months);
    const period = periodOf(world.year, month);
    const paidOn = dateOf(world.year, month, 10 + (index % 10));
    const actor = `operator-kecamatan-${pad(index + 1)}`;
    const wanted = world.config.burstThreshold + 1 + (index % 5);
    const payments: Draft[] = [];
    for (let step = 0; step < world.villages.length && payments.length < wanted; step++) {
      const village = world.villages[(index * 3 + step) % world.villages.length]!;
      for (const kpm of village.kpms) {
        const payment = kpm.flavour === 'plain' ? kpm.payments.get(period) : undefined;
        if (payment && !moved.has(payment) && payments.length < wanted) payments.push(payment);
      }
    }
    if (payments.length < wanted)
      throw new Error(`Too few plain payments in ${period} to plant a burst: add villages.`);
    for (const payment of payments) {
      moved.add(payment);
      repay(world, payment, paidOn, actor);
    }
    world.truth.expect(BURST, [actor, paidOn], 'a month of several villages on one day');
  },
};

const moves = new WeakMap<World, Set<Draft>>();
function movedPayments(world: World): Set<Draft> {
  const moved = moves.get(world) ?? new Set<Draft>();
  moves.set(world, moved);
  return moved;
}
