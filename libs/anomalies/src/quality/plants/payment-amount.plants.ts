import { correctEvent, kpmEvent, payPeriod } from '../kpm-events.js';
import { dateOf, DAY, instantOn, periodOf } from '../time.js';
import { paydayOf, plantMonth, takePlainKpm } from '../world.js';
import type { Planter } from './planter.js';

const DUPLICATE = 'PAYMENT.DUPLICATE_PERIOD';
const MISSING = 'PAYMENT.MISSING';

/**
 * One month paid twice: again in cash a few days later, entered again by a second operator, or a
 * payment whose period is "corrected" onto a month already paid. The last leaves its own month
 * unpaid, so it is by nature also a missing payment: expected as a co-alert.
 */
export const paymentDuplicatePeriod: Planter = {
  ruleCode: DUPLICATE,
  plant(world, index) {
    const kpm = takePlainKpm(world);
    const month = plantMonth(world, index);
    const period = periodOf(world.year, month);
    if (index % 3 === 2) {
      const earlier = periodOf(world.year, month - 1);
      correctEvent(world, kpm.payments.get(period)!, { period: earlier }, kpm.recorder);
      world.truth.expect(DUPLICATE, [kpm.kpmId, earlier], 'period corrected onto a paid month');
      return world.truth.expect(
        MISSING,
        [kpm.kpmId, period],
        'period corrected onto a paid month',
        DUPLICATE,
      );
    }
    const paidOn = paydayOf(world, kpm.village, month);
    const again = index % 2 === 0;
    payPeriod(world, kpm, period, {
      paidOn: again ? dateOf(world.year, month, Number(paidOn.slice(8)) + 3) : paidOn,
      paymentId: `${kpm.kpmId}-${period}-${again ? 'tunai' : '2'}`,
      channel: again ? 'cash' : kpm.village.channel,
      actor: again ? kpm.recorder : kpm.village.actors.operator,
    });
    world.truth.expect(DUPLICATE, [kpm.kpmId, period], again ? 'paid again in cash' : 'entered twice');
  },
};

const TOO_MANY = 'PAYMENT.TOO_MANY_MONTHS';

/** A month before the entitlement began paid late in the year as if it were back pay. */
export const paymentTooManyMonths: Planter = {
  ruleCode: TOO_MANY,
  unplantable: ({ rules }) =>
    rules.maxMonthsPerYear >= 12
      ? 'maxMonthsPerYear is 12: a calendar year has no 13th month to pay, so the rule cannot fire'
      : undefined,
  plant(world, index) {
    const kpm = takePlainKpm(world);
    const period = periodOf(world.year, world.startMonth - 1);
    const month = 11 + (index % 2);
    payPeriod(world, kpm, period, {
      paidOn: dateOf(world.year, month, Number(paydayOf(world, kpm.village, month).slice(8)) + 2),
      paymentId: `${kpm.kpmId}-${period}-rapel`,
    });
    world.truth.expect(
      TOO_MANY,
      [kpm.kpmId, String(world.year)],
      'a month before the entitlement paid as back pay',
    );
  },
};

const MISMATCH = 'PAYMENT.AMOUNT_MISMATCH';

/**
 * A cut taken from the monthly amount (potongan), more paid than due, or the full amount recorded
 * and corrected weeks later to what the family really received.
 */
export const paymentAmountMismatch: Planter = {
  ruleCode: MISMATCH,
  plant(world, index) {
    const kpm = takePlainKpm(world);
    const monthly = world.rules.monthlyAmount;
    const change = [-50_000, 50_000, -100_000, -Math.floor(monthly / 2)][index % 4]!;
    const amount = Math.max(1_000, monthly + change);
    const payment = kpm.payments.get(periodOf(world.year, plantMonth(world, index)))!;
    if (index % 4 === 2) {
      correctEvent(world, payment, { amount }, kpm.village.actors.operator, world.random.int(10, 30));
      return world.truth.expect(MISMATCH, [payment.eventId], 'corrected to a cut');
    }
    payment.data = { ...payment.data, amount };
    world.truth.expect(MISMATCH, [payment.eventId], amount < monthly ? 'cut' : 'overpaid');
  },
};

/** A month never paid: nothing recorded, a failed transfer never tried again, or money taken back. */
export const paymentMissing: Planter = {
  ruleCode: MISSING,
  plant(world, index) {
    const kpm = takePlainKpm(world);
    const month = plantMonth(world, index, world.startMonth, 12);
    const period = periodOf(world.year, month);
    const payment = kpm.payments.get(period)!;
    const { paymentId, amount } = payment.data as { paymentId: string; amount: number };
    const paidAt = instantOn(paydayOf(world, kpm.village, month), 4);
    const variant = index % 3;
    if (variant === 2) {
      const reason = 'Dana ditarik kembali ke kas desa';
      kpmEvent(
        world,
        kpm,
        'payment.reversed',
        paidAt + 2 * DAY,
        { paymentId, period, amount, reason },
        { actor: kpm.recorder },
      );
      return world.truth.expect(MISSING, [kpm.kpmId, period], 'paid and taken back');
    }
    world.log.remove(payment);
    kpm.payments.delete(period);
    if (variant === 1)
      kpmEvent(
        world,
        kpm,
        'payment.failed',
        paidAt,
        { paymentId, period, reason: 'Rekening dibekukan' },
        { actor: kpm.recorder },
      );
    world.truth.expect(
      MISSING,
      [kpm.kpmId, period],
      variant === 1 ? 'failed and never paid again' : 'never paid',
    );
  },
};
