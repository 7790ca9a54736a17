import { describe, expect, it } from '@jest/globals';
import { EventBuilder } from '../testing/event-builder.js';
import { observeAll, ofRule } from '../testing/scenario.js';

const CODE = 'PAYMENT.AFTER_DEATH';

describe(CODE, () => {
  it('flags a payment paid after a death already recorded', async () => {
    const b = new EventBuilder();
    const events = [b.programme(), ...b.approvedKpm('kpm-1')];
    const died = b.deceased('kpm-1', '2024-04-10');
    const paid = b.pay('kpm-1', '2024-04', { paidOn: '2024-04-25' });
    const { alerts } = await observeAll([...events, died, paid]);
    expect(ofRule(alerts, CODE)).toEqual([
      expect.objectContaining({
        alertKey: `${CODE}:${paid.eventId}`,
        severity: 'critical',
        evidence: [died.position, paid.position],
        details: expect.objectContaining({ paidOn: '2024-04-25', dateOfDeath: '2024-04-10' }),
      }),
    ]);
  });

  it('flags it when the death is recorded only after the payment, dated before it', async () => {
    const b = new EventBuilder();
    const events = [b.programme(), ...b.approvedKpm('kpm-1')];
    const paid = b.pay('kpm-1', '2024-05', { paidOn: '2024-05-25' });
    const died = b.deceased('kpm-1', '2024-04-10', { occurredAt: '2024-06-01T03:00:00Z' });
    const { alerts } = await observeAll([...events, paid, died]);
    expect(ofRule(alerts, CODE)).toMatchObject([
      { alertKey: `${CODE}:${paid.eventId}`, evidence: [paid.position, died.position] },
    ]);
  });

  it('flags it when a correction moves the date of death before a payment', async () => {
    const b = new EventBuilder();
    const events = [b.programme(), ...b.approvedKpm('kpm-1')];
    const paid = b.pay('kpm-1', '2024-05', { paidOn: '2024-05-25' });
    const died = b.deceased('kpm-1', '2024-06-02');
    const corrected = b.correct(died, { dateOfDeath: '2024-05-02' });
    const { alerts } = await observeAll([...events, paid, died, corrected]);
    expect(ofRule(alerts, CODE)).toMatchObject([
      {
        evidence: [paid.position, died.position, corrected.position],
        details: { dateOfDeath: '2024-05-02' },
      },
    ]);
  });

  it('leaves alone a payment made before the death (or on its day) but recorded after it', async () => {
    const b = new EventBuilder();
    const { alerts } = await observeAll([
      b.programme(),
      ...b.approvedKpm('kpm-1'),
      b.deceased('kpm-1', '2024-04-10'),
      b.pay('kpm-1', '2024-03', { paidOn: '2024-03-25' }),
      b.pay('kpm-1', '2024-04', { paidOn: '2024-04-10' }),
    ]);
    expect(ofRule(alerts, CODE)).toEqual([]);
    expect(ofRule(alerts, 'PAYMENT.NOT_APPROVED')).toEqual([]);
  });
});
