import { describe, expect, it } from '@jest/globals';
import { EventBuilder } from '../testing/event-builder.js';
import { BLT_2024_RULES, PROGRAMME, VILLAGE } from '../testing/fixtures.js';
import { observeAll, ofRule } from '../testing/scenario.js';

const CODE = 'KPM.RECEIVES_PKH';

describe(CODE, () => {
  it('flags a BLT-DD 2024 family that also receives PKH', async () => {
    const b = new EventBuilder();
    const programme = b.programme();
    const registered = b.register('kpm-1', { otherAid: ['BPNT', 'PKH'] });
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
        details: { kpmId: 'kpm-1', otherAid: 'BPNT,PKH', year: 2024 },
      },
    ]);
  });

  it('flags it when the programme is delivered after the registration', async () => {
    const b = new EventBuilder();
    const programme = b.programme();
    const registered = b.register('kpm-1', { otherAid: ['PKH'] });
    const { alerts } = await observeAll([registered, programme]);
    expect(ofRule(alerts, CODE)).toMatchObject([
      { alertKey: `${CODE}:kpm-1`, evidence: [programme.position, registered.position] },
    ]);
  });

  it('leaves alone other aid, and PKH where the programme allows it', async () => {
    const b = new EventBuilder();
    const { alerts } = await observeAll([
      b.programme(),
      b.programme('kube-2024', { ...BLT_2024_RULES, excludesPkh: false }),
      b.register('kpm-1', { otherAid: ['BPNT', 'KIS'] }),
      b.register('kpm-2', { otherAid: ['PKH'], programmeId: 'kube-2024', nik: '1101010203750002' }),
    ]);
    expect(ofRule(alerts, CODE)).toEqual([]);
  });
});
