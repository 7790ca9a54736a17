import { describe, expect, it } from '@jest/globals';
import { EventBuilder } from '../testing/event-builder.js';
import { PROGRAMME, VILLAGE } from '../testing/fixtures.js';
import { observeAll, ofRule } from '../testing/scenario.js';

const CODE = 'PAYMENT.AMOUNT_MISMATCH';

describe(CODE, () => {
  it("flags a month paid at a quarter's amount", async () => {
    const b = new EventBuilder();
    const programme = b.programme();
    const events = [programme, ...b.approvedKpm('kpm-1')];
    const paid = b.pay('kpm-1', '2024-03', { amount: 900_000 });
    const { alerts } = await observeAll([...events, paid]);
    expect(ofRule(alerts, CODE)).toEqual([
      {
        ruleCode: CODE,
        severity: 'medium',
        alertKey: `${CODE}:${paid.eventId}`,
        villageCode: VILLAGE,
        programmeId: PROGRAMME,
        subject: 'kpm kpm-1',
        evidence: [programme.position, paid.position],
        details: {
          kpmId: 'kpm-1',
          paymentId: 'pay-kpm-1-2024-03',
          period: '2024-03',
          amount: 900_000,
          entitlement: 300_000,
          difference: 600_000,
        },
      },
    ]);
  });

  it('flags a short payment when the programme arrives after it', async () => {
    const b = new EventBuilder();
    const programme = b.programme();
    const kpm = b.approvedKpm('kpm-1');
    const paid = b.pay('kpm-1', '2024-03', { amount: 250_000 });
    const { alerts } = await observeAll([...kpm, paid, programme]);
    expect(ofRule(alerts, CODE)).toMatchObject([
      {
        alertKey: `${CODE}:${paid.eventId}`,
        evidence: [programme.position, paid.position],
        details: { difference: -50_000 },
      },
    ]);
  });

  it('flags a correction that makes the amount wrong, with the correction as evidence', async () => {
    const b = new EventBuilder();
    const programme = b.programme();
    const events = [programme, ...b.approvedKpm('kpm-1')];
    const paid = b.pay('kpm-1', '2024-03');
    const corrected = b.correct(paid, { amount: 200_000 });
    const { alerts } = await observeAll([...events, paid, corrected]);
    expect(ofRule(alerts, CODE)).toMatchObject([
      { evidence: [programme.position, paid.position, corrected.position], details: { amount: 200_000 } },
    ]);
  });

  it('leaves alone the monthly amount, whenever the programme arrives', async () => {
    const b = new EventBuilder();
    const programme = b.programme();
    const { alerts } = await observeAll([
      ...b.approvedKpm('kpm-1'),
      b.pay('kpm-1', '2024-03'),
      programme,
      b.pay('kpm-1', '2024-04'),
    ]);
    expect(ofRule(alerts, CODE)).toEqual([]);
  });
});
