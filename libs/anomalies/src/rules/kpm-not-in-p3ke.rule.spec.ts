import { describe, expect, it } from '@jest/globals';
import { EventBuilder } from '../testing/event-builder.js';
import { BLT_2024_RULES, PROGRAMME, VILLAGE } from '../testing/fixtures.js';
import { observeAll, ofRule } from '../testing/scenario.js';

const CODE = 'KPM.NOT_IN_P3KE';

describe(CODE, () => {
  it('flags a 2024 family taken from DTKS instead of P3KE', async () => {
    const b = new EventBuilder();
    const programme = b.programme();
    const registered = b.register('kpm-1', { sourceList: 'DTKS' });
    const { alerts } = await observeAll([programme, registered]);
    expect(ofRule(alerts, CODE)).toEqual([
      {
        ruleCode: CODE,
        severity: 'medium',
        alertKey: `${CODE}:kpm-1`,
        villageCode: VILLAGE,
        programmeId: PROGRAMME,
        subject: 'kpm kpm-1',
        evidence: [programme.position, registered.position],
        details: { kpmId: 'kpm-1', sourceList: 'DTKS', year: 2024 },
      },
    ]);
  });

  it('flags it when the programme is delivered after the registration', async () => {
    const b = new EventBuilder();
    const programme = b.programme();
    const registered = b.register('kpm-1', { sourceList: 'VILLAGE' });
    const { alerts } = await observeAll([registered, programme]);
    expect(ofRule(alerts, CODE)).toMatchObject([{ evidence: [programme.position, registered.position] }]);
  });

  it('leaves alone P3KE families, and other lists where P3KE is not required (2022)', async () => {
    const b = new EventBuilder();
    const { alerts } = await observeAll([
      b.programme(),
      b.programme('blt-2022', { ...BLT_2024_RULES, requiresP3ke: false }, 2022),
      b.register('kpm-1'),
      b.register('kpm-2', { sourceList: 'DTKS', programmeId: 'blt-2022', nik: '1101010203750002' }),
    ]);
    expect(ofRule(alerts, CODE)).toEqual([]);
  });
});
