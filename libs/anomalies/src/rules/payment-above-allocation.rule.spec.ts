import { describe, expect, it } from '@jest/globals';
import { EventBuilder } from '../testing/event-builder.js';
import { OTHER_VILLAGE, PROGRAMME, VILLAGE } from '../testing/fixtures.js';
import { observeAll, ofRule } from '../testing/scenario.js';

const CODE = 'PAYMENT.ABOVE_ALLOCATION';
const niks = ['1101014507800001', '1101010203750002', '1101015512880003'];

/** Three approved KPM in the village, each paid March. */
function paidVillage(b: EventBuilder) {
  const kpm = niks.flatMap((nik, index) => b.approvedKpm(`kpm-${index + 1}`, { nik }));
  const paid = niks.map((_, index) => b.pay(`kpm-${index + 1}`, '2024-03'));
  return { kpm, paid };
}

describe(CODE, () => {
  it('flags the payment that takes the village past its allocation', async () => {
    const b = new EventBuilder();
    const programme = b.programme();
    const allocation = b.allocation(VILLAGE, 2_400_000, 600_000);
    const { kpm, paid } = paidVillage(b);
    const { alerts } = await observeAll([programme, allocation, ...kpm, ...paid]);
    expect(ofRule(alerts, CODE)).toEqual([
      {
        ruleCode: CODE,
        severity: 'high',
        alertKey: `${CODE}:${PROGRAMME}/${VILLAGE}`,
        villageCode: VILLAGE,
        programmeId: PROGRAMME,
        subject: `village ${VILLAGE} / programme ${PROGRAMME}`,
        evidence: [allocation.position, ...paid.map((event) => event.position)],
        details: { year: 2024, allocation: 600_000, paid: 900_000, excess: 300_000 },
      },
    ]);
  });

  it('flags it when the allocation is delivered after the payments', async () => {
    const b = new EventBuilder();
    const programme = b.programme();
    const allocation = b.allocation(VILLAGE, 2_400_000, 600_000);
    const { kpm, paid } = paidVillage(b);
    const { alerts } = await observeAll([...kpm, ...paid, programme, allocation]);
    expect(ofRule(alerts, CODE)).toMatchObject([
      {
        alertKey: `${CODE}:${PROGRAMME}/${VILLAGE}`,
        evidence: [allocation.position, ...paid.map((e) => e.position)],
      },
    ]);
  });

  it('flags a corrected amount that takes the total past the allocation', async () => {
    const b = new EventBuilder();
    const allocation = b.allocation(VILLAGE, 2_400_000, 600_000);
    const events = [b.programme(), allocation, ...b.approvedKpm('kpm-1')];
    const paid = b.pay('kpm-1', '2024-03');
    const corrected = b.correct(paid, { amount: 900_000 });
    const { alerts } = await observeAll([...events, paid, corrected]);
    expect(ofRule(alerts, CODE)).toMatchObject([
      { evidence: [allocation.position, paid.position, corrected.position], details: { paid: 900_000 } },
    ]);
  });

  it('leaves alone a village paid exactly its allocation, net of a reversal, and other villages', async () => {
    const b = new EventBuilder();
    const { kpm, paid } = paidVillage(b);
    const { alerts } = await observeAll([
      b.programme(),
      b.allocation(VILLAGE, 2_400_000, 600_000),
      ...kpm,
      paid[0]!,
      b.reverse(paid[0]!),
      paid[1]!,
      paid[2]!,
      ...b.approvedKpm('kpm-9', { villageCode: OTHER_VILLAGE, nik: '1101024101900009' }),
      b.pay('kpm-9', '2024-03'),
    ]);
    expect(ofRule(alerts, CODE)).toEqual([]);
  });
});
