import { describe, expect, it } from '@jest/globals';
import { EventBuilder } from '../testing/event-builder.js';
import { BLT_2024_RULES, PROGRAMME, VILLAGE } from '../testing/fixtures.js';
import { observeAll, ofRule } from '../testing/scenario.js';

const CODE = 'ALLOCATION.SHARE_OUT_OF_RANGE';
/** Dana Desa of an average village in 2024: about Rp943 million. */
const DANA_DESA = 943_000_000;

describe(CODE, () => {
  it('flags a 2024 allocation above 25% of the Dana Desa', async () => {
    const b = new EventBuilder();
    const programme = b.programme();
    const allocation = b.allocation(VILLAGE, DANA_DESA, 301_760_000);
    const { alerts } = await observeAll([programme, allocation]);
    expect(ofRule(alerts, CODE)).toEqual([
      {
        ruleCode: CODE,
        severity: 'medium',
        alertKey: `${CODE}:${allocation.eventId}`,
        villageCode: VILLAGE,
        programmeId: PROGRAMME,
        subject: `village ${VILLAGE} / programme ${PROGRAMME}`,
        evidence: [programme.position, allocation.position],
        details: {
          year: 2024,
          danaDesa: DANA_DESA,
          allocation: 301_760_000,
          share: 0.32,
          allocationShareMin: null,
          allocationShareMax: 0.25,
        },
      },
    ]);
  });

  it("flags a share below a year's minimum (2023: at least 10%)", async () => {
    const b = new EventBuilder();
    const rules2023 = { ...BLT_2024_RULES, allocationShareMin: 0.1 };
    const allocation = b.allocation(VILLAGE, DANA_DESA, 47_150_000);
    const { alerts } = await observeAll([b.programme(PROGRAMME, rules2023), allocation]);
    expect(ofRule(alerts, CODE)).toMatchObject([
      { alertKey: `${CODE}:${allocation.eventId}`, details: { share: 0.05 } },
    ]);
  });

  it('flags a correction that takes the allocation out of range', async () => {
    const b = new EventBuilder();
    const programme = b.programme();
    const allocation = b.allocation(VILLAGE, DANA_DESA, 188_600_000);
    const corrected = b.correct(allocation, { allocation: 283_000_000 });
    const { alerts } = await observeAll([programme, allocation, corrected]);
    expect(ofRule(alerts, CODE)).toMatchObject([
      { evidence: [programme.position, allocation.position, corrected.position], details: { share: 0.3001 } },
    ]);
  });

  it('leaves alone 20% and exactly 25%, and a range with no bounds', async () => {
    const b = new EventBuilder();
    const { alerts } = await observeAll([
      b.programme(),
      b.allocation(VILLAGE, DANA_DESA, 188_600_000),
      b.allocation('11.01.01.2002', 1_000_000_000, 250_000_000),
      b.programme('blt-2021', { ...BLT_2024_RULES, allocationShareMax: null }, 2021),
      b.allocation(VILLAGE, DANA_DESA, 600_000_000, 'blt-2021'),
    ]);
    expect(ofRule(alerts, CODE)).toEqual([]);
  });
});
