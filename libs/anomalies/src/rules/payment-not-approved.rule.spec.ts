import { describe, expect, it } from '@jest/globals';
import { EventBuilder } from '../testing/event-builder.js';
import { PROGRAMME, VILLAGE } from '../testing/fixtures.js';
import { observeAll, ofRule } from '../testing/scenario.js';

const CODE = 'PAYMENT.NOT_APPROVED';

describe(CODE, () => {
  it('flags a payment to a KPM that was registered but never approved', async () => {
    const b = new EventBuilder();
    const registered = b.register('kpm-1');
    const paid = b.pay('kpm-1', '2024-03');
    const { alerts } = await observeAll([b.programme(), registered, paid]);
    expect(ofRule(alerts, CODE)).toEqual([
      {
        ruleCode: CODE,
        severity: 'high',
        alertKey: `${CODE}:${paid.eventId}`,
        villageCode: VILLAGE,
        programmeId: PROGRAMME,
        subject: 'kpm kpm-1',
        evidence: [registered.position, paid.position],
        details: {
          kpmId: 'kpm-1',
          paymentId: 'pay-kpm-1-2024-03',
          period: '2024-03',
          amount: 300_000,
          paidOn: '2024-03-25',
          status: 'registered',
        },
      },
    ]);
  });

  it('flags a payment made while the KPM was suspended, with the suspension as evidence', async () => {
    const b = new EventBuilder();
    const suspended = b.status('kpm-1', 'beneficiary.suspended', { reason: 'pindah domisili' });
    const events = [b.programme(), ...b.approvedKpm('kpm-1'), b.pay('kpm-1', '2024-03'), suspended];
    const paidWhileSuspended = b.pay('kpm-1', '2024-04');
    const { alerts } = await observeAll([...events, paidWhileSuspended]);
    expect(ofRule(alerts, CODE)).toMatchObject([
      {
        alertKey: `${CODE}:${paidWhileSuspended.eventId}`,
        evidence: [suspended.position, paidWhileSuspended.position],
        details: { status: 'suspended', period: '2024-04' },
      },
    ]);
  });

  it('leaves alone payments to an approved KPM, and one after reinstatement', async () => {
    const b = new EventBuilder();
    const { alerts } = await observeAll([
      b.programme(),
      ...b.approvedKpm('kpm-1'),
      b.pay('kpm-1', '2024-03'),
      b.status('kpm-1', 'beneficiary.suspended', { reason: 'verifikasi ulang' }),
      b.status('kpm-1', 'beneficiary.reinstated', {}),
      b.pay('kpm-1', '2024-04'),
    ]);
    expect(ofRule(alerts, CODE)).toEqual([]);
  });
});
