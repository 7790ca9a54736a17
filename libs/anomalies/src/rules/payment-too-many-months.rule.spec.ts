import { describe, expect, it } from '@jest/globals';
import { EventBuilder } from '../testing/event-builder.js';
import { BLT_2024_RULES, PROGRAMME } from '../testing/fixtures.js';
import { observeAll, ofRule } from '../testing/scenario.js';

const CODE = 'PAYMENT.TOO_MANY_MONTHS';
/** A variant year that pays three months only (as 2020 paid its higher amount for April-June). */
const threeMonths = { ...BLT_2024_RULES, maxMonthsPerYear: 3 };

describe(CODE, () => {
  it('flags a fourth month paid in a year when the programme allows three', async () => {
    const b = new EventBuilder();
    const programme = b.programme(PROGRAMME, threeMonths);
    const events = [programme, ...b.approvedKpm('kpm-1')];
    const paid = ['2024-04', '2024-05', '2024-06', '2024-07'].map((period) => b.pay('kpm-1', period));
    const { alerts } = await observeAll([...events, ...paid]);
    expect(ofRule(alerts, CODE)).toEqual([
      expect.objectContaining({
        alertKey: `${CODE}:kpm-1/2024`,
        evidence: [programme.position, ...paid.map((event) => event.position)],
        details: expect.objectContaining({ months: 4, maxMonthsPerYear: 3, year: 2024 }),
      }),
    ]);
  });

  it('flags it the same when the programme is delivered after the payments', async () => {
    const b = new EventBuilder();
    const programme = b.programme(PROGRAMME, threeMonths);
    const kpm = b.approvedKpm('kpm-1');
    const paid = ['2024-04', '2024-05', '2024-06', '2024-07'].map((period) => b.pay('kpm-1', period));
    const { alerts } = await observeAll([...kpm, ...paid, programme]);
    expect(ofRule(alerts, CODE)).toMatchObject([
      {
        alertKey: `${CODE}:kpm-1/2024`,
        evidence: [programme.position, ...paid.map((event) => event.position)],
      },
    ]);
  });

  it('leaves alone twelve months under BLT-DD 2024 and three under the three-month variant', async () => {
    const b = new EventBuilder();
    const year = Array.from({ length: 12 }, (_, month) => `2024-${String(month + 1).padStart(2, '0')}`);
    const { alerts } = await observeAll([
      b.programme(),
      b.programme('blt-variant', threeMonths),
      ...b.approvedKpm('kpm-1'),
      ...year.map((period) => b.pay('kpm-1', period)),
      ...b.approvedKpm('kpm-2', { programmeId: 'blt-variant', nik: '1101014507800002' }),
      ...['2024-04', '2024-05', '2024-06'].map((period) => b.pay('kpm-2', period)),
    ]);
    expect(ofRule(alerts, CODE)).toEqual([]);
  });
});
