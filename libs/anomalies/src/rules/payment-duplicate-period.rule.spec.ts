import { describe, expect, it } from '@jest/globals';
import { EventBuilder } from '../testing/event-builder.js';
import { observeAll, ofRule } from '../testing/scenario.js';

const CODE = 'PAYMENT.DUPLICATE_PERIOD';

describe(CODE, () => {
  it('flags two payment ids paid for one KPM and one month', async () => {
    const b = new EventBuilder();
    const events = [b.programme(), ...b.approvedKpm('kpm-1')];
    const first = b.pay('kpm-1', '2024-03', { paymentId: 'pay-a' });
    const second = b.pay('kpm-1', '2024-03', { paymentId: 'pay-b', paidOn: '2024-03-28' });
    const { alerts } = await observeAll([...events, first, second]);
    expect(ofRule(alerts, CODE)).toEqual([
      expect.objectContaining({
        alertKey: `${CODE}:kpm-1/2024-03`,
        evidence: [first.position, second.position],
        details: expect.objectContaining({ payments: 2, paymentIds: 'pay-a,pay-b', total: 600_000 }),
      }),
    ]);
  });

  it('flags the same payment id paid twice', async () => {
    const b = new EventBuilder();
    const events = [b.programme(), ...b.approvedKpm('kpm-1')];
    const first = b.pay('kpm-1', '2024-03');
    const again = b.pay('kpm-1', '2024-03');
    const { alerts } = await observeAll([...events, first, again]);
    expect(ofRule(alerts, CODE)).toMatchObject([
      { evidence: [first.position, again.position], details: { paymentIds: 'pay-kpm-1-2024-03' } },
    ]);
  });

  it('flags a correction that moves a payment onto a month already paid', async () => {
    const b = new EventBuilder();
    const events = [b.programme(), ...b.approvedKpm('kpm-1')];
    const march = b.pay('kpm-1', '2024-03');
    const april = b.pay('kpm-1', '2024-04');
    const corrected = b.correct(april, { period: '2024-03' });
    const { alerts } = await observeAll([...events, march, april, corrected]);
    expect(ofRule(alerts, CODE)).toMatchObject([
      { alertKey: `${CODE}:kpm-1/2024-03`, evidence: [march.position, april.position, corrected.position] },
    ]);
  });

  it('leaves alone a month paid again after its first payment was reversed, and different months', async () => {
    const b = new EventBuilder();
    const first = b.pay('kpm-1', '2024-03', { paymentId: 'pay-a' });
    const { alerts } = await observeAll([
      b.programme(),
      ...b.approvedKpm('kpm-1'),
      first,
      b.reverse(first),
      b.pay('kpm-1', '2024-03', { paymentId: 'pay-b' }),
      b.pay('kpm-1', '2024-04'),
    ]);
    expect(ofRule(alerts, CODE)).toEqual([]);
  });
});
