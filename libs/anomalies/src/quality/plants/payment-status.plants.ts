import {
  approveKpm,
  correctEvent,
  kpmEvent,
  payMonths,
  payPeriod,
  registerKpm,
  stopPayments,
} from '../kpm-events.js';
import { newHousehold } from '../people.js';
import { dateOf, DAY, instantOn, periodOf } from '../time.js';
import { nextSerial, paydayOf, plantMonth, takePlainKpm, type World } from '../world.js';
import { type Planter, villageFor } from './planter.js';

const CODE_NOT_APPROVED = 'PAYMENT.NOT_APPROVED';

/** Paid while not approved: four ways a family that was not entitled at the time got the money. */
export const paymentNotApproved: Planter = {
  ruleCode: CODE_NOT_APPROVED,
  plant(world, index) {
    const variant = index % 4;
    if (variant === 0) return paidBeforeApproval(world, index);
    const kpm = takePlainKpm(world);
    const { year, startMonth } = world;
    if (variant === 1) {
      // The Musdes turned the family down; the treasurer paid its first month all the same.
      const approval = kpm.approval!;
      approval.type = 'beneficiary.rejected';
      approval.data = { kpmId: kpm.kpmId, reason: 'Tidak memenuhi kriteria Musdesus' };
      kpm.approval = null;
      stopPayments(world, kpm, startMonth + 1);
      const paid = kpm.payments.get(periodOf(year, startMonth))!;
      return world.truth.expect(CODE_NOT_APPROVED, [paid.eventId], 'paid after the Musdes rejected it');
    }
    const month = plantMonth(world, index, startMonth + 1, 10);
    const paid = kpm.payments.get(periodOf(year, month + 1))!;
    if (variant === 2) {
      kpmEvent(world, kpm, 'beneficiary.suspended', instantOn(dateOf(year, month, 27), 3), {
        reason: 'Verifikasi ulang data',
      });
      kpmEvent(world, kpm, 'beneficiary.reinstated', instantOn(dateOf(year, month + 2, 3), 2), {});
      return world.truth.expect(CODE_NOT_APPROVED, [paid.eventId], 'paid while suspended');
    }
    kpmEvent(world, kpm, 'beneficiary.exited', instantOn(dateOf(year, month, 27), 3), {
      reason: 'Sudah mampu',
    });
    stopPayments(world, kpm, month + 2);
    world.truth.expect(CODE_NOT_APPROVED, [paid.eventId], 'paid the month after it exited');
  },
};

/** Registered after the Musdes, paid its first month before the next Musdes approved it. */
function paidBeforeApproval(world: World, index: number) {
  const village = villageFor(world, index, 1);
  const { year, startMonth } = world;
  const household = newHousehold(world.random, {
    year,
    district6: village.district6,
    serial: nextSerial(world, village.district6),
  });
  const registered = instantOn(dateOf(year, startMonth + 1, world.random.int(2, 3)), world.random.int(1, 6));
  const kpm = registerKpm(world, village, household, { at: registered, flavour: 'planted' });
  const period = periodOf(year, startMonth + 1);
  const paid = payPeriod(world, kpm, period, { paidOn: paydayOf(world, village, startMonth + 1) });
  approveKpm(world, kpm, dateOf(year, startMonth + 2, 2));
  payMonths(world, kpm, startMonth + 2, 12);
  world.truth.expect(CODE_NOT_APPROVED, [paid.eventId], 'paid before the Musdes approved it');
}

const CODE_AFTER_DEATH = 'PAYMENT.AFTER_DEATH';

/**
 * Paid after the date of death: with the death on record, with the death reported late, or with a
 * date of death typed a month late and corrected afterwards.
 */
export const paymentAfterDeath: Planter = {
  ruleCode: CODE_AFTER_DEATH,
  plant(world, index) {
    const kpm = takePlainKpm(world);
    const { year, startMonth } = world;
    const month = plantMonth(world, index, startMonth + 1, 11);
    const paid = kpm.payments.get(periodOf(year, month + 1))!;
    stopPayments(world, kpm, month + 2);
    const variant = index % 3;
    if (variant !== 1) {
      const day = dateOf(year, month, 26);
      const typed = variant === 0 ? day : dateOf(year, month + 1, 26);
      const death = kpmEvent(world, kpm, 'beneficiary.deceased', instantOn(typed, 2), { dateOfDeath: typed });
      if (variant === 2)
        correctEvent(world, death, { dateOfDeath: day }, kpm.village.actors.sekdes, world.random.int(7, 20));
      const how =
        variant === 0 ? 'paid after a recorded death' : 'date of death corrected to before a payment';
      return world.truth.expect(CODE_AFTER_DEATH, [paid.eventId], how);
    }
    // Died three days before the payday; the family reported it a week and more after the money.
    const paidOn = paid.data['paidOn'] as string;
    const died = dateOf(year, month + 1, Number(paidOn.slice(8)) - 3);
    kpmEvent(
      world,
      kpm,
      'beneficiary.deceased',
      instantOn(died, 2),
      { dateOfDeath: died },
      {
        recordedAt: paid.recordedAt + world.random.int(8, 12) * DAY,
      },
    );
    world.truth.expect(CODE_AFTER_DEATH, [paid.eventId], 'paid before a late-reported death');
  },
};
