import { describe, expect, it } from '@jest/globals';
import { EventBuilder } from '../testing/event-builder.js';
import { OTHER_VILLAGE, PROGRAMME, VILLAGE } from '../testing/fixtures.js';
import { observeAll, ofRule } from '../testing/scenario.js';

const CODE = 'NIK.MULTIPLE_VILLAGES';
const NIK = '1101014507800001';

describe(CODE, () => {
  it('flags one NIK registered in two villages', async () => {
    const b = new EventBuilder();
    const here = b.register('kpm-1', { nik: NIK });
    const there = b.register('kpm-2', { nik: NIK, villageCode: OTHER_VILLAGE, programmeId: 'blt-2024-b' });
    const { alerts } = await observeAll([b.programme(), here, there]);
    expect(ofRule(alerts, CODE)).toEqual([
      {
        ruleCode: CODE,
        severity: 'high',
        alertKey: `${CODE}:hmac-${NIK}/${VILLAGE}/${OTHER_VILLAGE}`,
        villageCode: OTHER_VILLAGE,
        programmeId: 'blt-2024-b',
        subject: 'NIK 110101******0001',
        evidence: [here.position, there.position],
        details: {
          nikMasked: '110101******0001',
          kpmId: 'kpm-2',
          villageCode: OTHER_VILLAGE,
          programmeId: 'blt-2024-b',
          otherKpmId: 'kpm-1',
          otherVillageCode: VILLAGE,
          otherProgrammeId: PROGRAMME,
        },
      },
    ]);
  });

  it('flags it with the same key whichever registration arrives second', async () => {
    const b = new EventBuilder();
    const here = b.register('kpm-1', { nik: NIK });
    const there = b.register('kpm-2', { nik: NIK, villageCode: OTHER_VILLAGE });
    const { alerts } = await observeAll([there, here]);
    expect(ofRule(alerts, CODE)).toMatchObject([
      {
        alertKey: `${CODE}:hmac-${NIK}/${VILLAGE}/${OTHER_VILLAGE}`,
        evidence: [here.position, there.position],
      },
    ]);
  });

  it('leaves alone different NIKs in two villages, and one NIK twice in one village', async () => {
    const b = new EventBuilder();
    const { alerts } = await observeAll([
      b.register('kpm-1', { nik: NIK }),
      b.register('kpm-2', { nik: '1101010203750002', villageCode: OTHER_VILLAGE }),
      b.register('kpm-3', { nik: NIK, programmeId: 'kube-2024' }),
    ]);
    expect(ofRule(alerts, CODE)).toEqual([]);
  });
});
