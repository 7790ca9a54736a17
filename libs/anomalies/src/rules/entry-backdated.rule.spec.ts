import { describe, expect, it } from '@jest/globals';
import { EventBuilder } from '../testing/event-builder.js';
import { PROGRAMME, VILLAGE } from '../testing/fixtures.js';
import { observeAll, ofRule } from '../testing/scenario.js';

const CODE = 'ENTRY.BACKDATED';

describe(CODE, () => {
  it('flags a payment recorded 77 days after it was made', async () => {
    const b = new EventBuilder();
    const late = b.pay('kpm-1', '2024-03', {}, { recordedAt: '2024-06-10T03:00:00Z' });
    const { alerts } = await observeAll([b.programme(), ...b.approvedKpm('kpm-1'), late]);
    expect(ofRule(alerts, CODE)).toEqual([
      {
        ruleCode: CODE,
        severity: 'low',
        alertKey: `${CODE}:${late.eventId}`,
        villageCode: null,
        programmeId: null,
        subject: 'payment.paid in kpm-kpm-1',
        evidence: [late.position],
        details: {
          type: 'payment.paid',
          actor: 'operator-desa-1',
          origin: 'saksi-api',
          occurredAt: '2024-03-25T03:00:00.000Z',
          recordedAt: '2024-06-10T03:00:00.000Z',
          daysLate: 77,
          limitDays: 60,
        },
      },
    ]);
  });

  it('names the village and programme of an entry that carries them', async () => {
    const b = new EventBuilder();
    const late = b.register(
      'kpm-1',
      {},
      { occurredAt: '2024-01-02T03:00:00Z', recordedAt: '2024-04-01T03:00:00Z' },
    );
    const { alerts } = await observeAll([late]);
    expect(ofRule(alerts, CODE)).toMatchObject([
      { villageCode: VILLAGE, programmeId: PROGRAMME, details: { daysLate: 90 } },
    ]);
  });

  it('leaves alone entries recorded within the limit', async () => {
    const b = new EventBuilder();
    const { alerts } = await observeAll([
      b.programme(),
      ...b.approvedKpm('kpm-1'),
      b.pay('kpm-1', '2024-03', {}, { recordedAt: '2024-05-23T03:00:00Z' }),
    ]);
    expect(ofRule(alerts, CODE)).toEqual([]);
  });
});
