import { correctEvent, kpmEvent, payMonths, payPeriod, repay } from './kpm-events.js';
import type { Flavour, Kpm } from './model.js';
import { dateOf, instantOn, MINUTE, periodOf } from './time.js';
import { paydayOf, recordedAfter, type World } from './world.js';

/** How often each year happens to a registered family; the rest are plain. */
const ODDS: ReadonlyArray<[Flavour, number]> = [
  ['rejected', 0.05],
  ['exited', 0.02],
  ['deceased', 0.01],
  ['suspended', 0.02],
  ['reversed', 0.02],
  ['failed', 0.02],
  ['corrected-paid-on', 0.02],
  ['corrected-musdes', 0.01],
];

const merged = new WeakMap<object, ReadonlyArray<[Flavour, number]>>();

/** The built-in odds with the options' in their place, and `late` (none unless given) last. */
function oddsOf(world: World): ReadonlyArray<[Flavour, number]> {
  const given = world.options.flavourOdds;
  if (Object.keys(given).length === 0) return ODDS;
  const known = merged.get(given);
  if (known) return known;
  const odds = ODDS.map(([flavour, p]): [Flavour, number] => [flavour, given[flavour] ?? p]);
  odds.push(['late', given.late ?? 0]);
  merged.set(given, odds);
  return odds;
}

export function drawFlavour(world: World): Flavour {
  let draw = world.random.next();
  for (const [flavour, odds] of oddsOf(world)) {
    if (draw < odds) return flavour;
    draw -= odds;
  }
  return 'plain';
}

/**
 * An approved family's year: paid each month from the Musdes, and what its flavour adds. None of
 * it is an anomaly: payments stop before an exit or a death, a suspension's month is paid back on
 * reinstatement, a bounced transfer is reversed before it is paid again, a typo is corrected.
 */
export function liveYear(world: World, kpm: Kpm): void {
  const { startMonth: first, year } = world;
  const month = world.random.int(first + 1, 10);
  const lateDay = (day: number) => dateOf(year, month, day);
  const { actors } = kpm.village;
  switch (kpm.flavour) {
    case 'exited':
    case 'deceased': {
      payMonths(world, kpm, first, month);
      const day = lateDay(world.random.int(25, 28));
      const at = instantOn(day, world.random.int(1, 8));
      if (kpm.flavour === 'exited')
        kpmEvent(world, kpm, 'beneficiary.exited', at, { reason: 'Pindah domisili' });
      else
        kpmEvent(
          world,
          kpm,
          'beneficiary.deceased',
          at,
          { dateOfDeath: day },
          { recordedAt: recordedAfter(world, at, 96) },
        );
      return;
    }
    case 'suspended': {
      payMonths(world, kpm, first, month);
      kpmEvent(world, kpm, 'beneficiary.suspended', instantOn(lateDay(27), 3), {
        reason: 'Verifikasi ulang data',
      });
      // Reinstated before the next payday, with the month missed paid back the same morning.
      const back = dateOf(year, month + 2, 3);
      const reinstated = instantOn(back, 2);
      kpmEvent(
        world,
        kpm,
        'beneficiary.reinstated',
        reinstated,
        { reason: 'Data sudah diverifikasi' },
        { recordedAt: reinstated + 10 * MINUTE },
      );
      const missed = periodOf(year, month + 1);
      kpm.payments.set(missed, payPeriod(world, kpm, missed, { paidOn: back, hour: 3 }));
      payMonths(world, kpm, month + 2, 12);
      return;
    }
    default:
      payMonths(world, kpm, first, 12);
  }
  const payment = kpm.payments.get(periodOf(year, month))!;
  const paidOn = paydayOf(world, kpm.village, month);
  const dayAfter = (days: number) => dateOf(year, month, Number(paidOn.slice(8)) + days);
  switch (kpm.flavour) {
    case 'reversed': {
      const { paymentId, period, amount } = payment.data as {
        paymentId: string;
        period: string;
        amount: number;
      };
      const at = instantOn(dayAfter(2), 3);
      kpmEvent(
        world,
        kpm,
        'payment.reversed',
        at,
        { paymentId, period, amount, reason: 'Rekening tidak aktif' },
        { actor: kpm.recorder },
      );
      payPeriod(world, kpm, period, {
        paidOn: dayAfter(4),
        paymentId: `${paymentId}-tunai`,
        channel: 'cash',
      });
      return;
    }
    case 'failed': {
      const { paymentId, period } = payment.data as { paymentId: string; period: string };
      kpmEvent(
        world,
        kpm,
        'payment.failed',
        instantOn(paidOn, 4),
        { paymentId, period, reason: 'Nomor rekening salah' },
        { actor: kpm.recorder },
      );
      repay(world, payment, dayAfter(2), payment.actor, 'cash');
      return;
    }
    case 'late': {
      // The village's money came late: paid in the first days of the next month, inside the grace.
      repay(world, payment, dateOf(year, month + 1, world.random.int(1, 10)));
      return;
    }
    case 'corrected-paid-on': {
      // Typed a day late; the treasurer puts it right a few days after.
      payment.data = { ...payment.data, paidOn: dayAfter(1) };
      correctEvent(world, payment, { paidOn }, kpm.recorder);
      return;
    }
    case 'corrected-musdes': {
      const approval = kpm.approval!;
      const musdesRef = approval.data['musdesRef'] as string;
      approval.data = { ...approval.data, musdesRef: musdesRef.replace(`/${year}`, `/${year + 20}`) };
      correctEvent(world, approval, { musdesRef }, actors.sekdes);
      return;
    }
    default:
  }
}
