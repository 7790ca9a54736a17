import { describe, expect, it } from '@jest/globals';
import { EventBuilder } from '../testing/event-builder.js';
import { OTHER_VILLAGE, PROGRAMME, VILLAGE } from '../testing/fixtures.js';
import { observeAll, ofRule } from '../testing/scenario.js';

const CODE = 'NIK.DUPLICATE_IN_PROGRAMME';
const NIK = '1101014507800001';

describe(CODE, () => {
  it('flags one NIK enrolled under two KPM ids of one programme', async () => {
    const b = new EventBuilder();
    const first = b.register('kpm-7', { nik: NIK });
    const second = b.register('kpm-3', { nik: NIK });
    const { alerts } = await observeAll([b.programme(), first, second]);
    expect(ofRule(alerts, CODE)).toEqual([
      {
        ruleCode: CODE,
        severity: 'high',
        alertKey: `${CODE}:hmac-${NIK}/${PROGRAMME}/kpm-3/kpm-7`,
        villageCode: VILLAGE,
        programmeId: PROGRAMME,
        subject: 'NIK 110101******0001',
        evidence: [first.position, second.position],
        details: {
          nikMasked: '110101******0001',
          kpmId: 'kpm-3',
          villageCode: VILLAGE,
          otherKpmId: 'kpm-7',
          otherVillageCode: VILLAGE,
        },
      },
    ]);
  });

  it('gives every pair its own alert, whatever the order', async () => {
    const b = new EventBuilder();
    const events = ['kpm-1', 'kpm-2', 'kpm-3'].map((kpmId) => b.register(kpmId, { nik: NIK }));
    const inOrder = (await observeAll(events)).alerts;
    const reversed = (await observeAll([...events].reverse())).alerts;
    const keys = (alerts: typeof inOrder) =>
      ofRule(alerts, CODE)
        .map((alert) => alert.alertKey)
        .sort();
    expect(keys(inOrder)).toEqual([
      `${CODE}:hmac-${NIK}/${PROGRAMME}/kpm-1/kpm-2`,
      `${CODE}:hmac-${NIK}/${PROGRAMME}/kpm-1/kpm-3`,
      `${CODE}:hmac-${NIK}/${PROGRAMME}/kpm-2/kpm-3`,
    ]);
    expect(keys(reversed)).toEqual(keys(inOrder));
  });

  it('leaves alone one NIK in two programmes, and two NIKs in one', async () => {
    const b = new EventBuilder();
    const { alerts } = await observeAll([
      b.register('kpm-1', { nik: NIK }),
      b.register('kpm-2', { nik: NIK, programmeId: 'kube-2024', villageCode: OTHER_VILLAGE }),
      b.register('kpm-3', { nik: '1101010203750002' }),
    ]);
    expect(ofRule(alerts, CODE)).toEqual([]);
  });
});
