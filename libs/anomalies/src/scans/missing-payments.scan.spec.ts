import { describe, expect, it } from '@jest/globals';
import { scanForMissingPayments } from '../scan.js';
import { EventBuilder } from '../testing/event-builder.js';
import { CONFIG, PROGRAMME, VILLAGE } from '../testing/fixtures.js';
import { observeAll } from '../testing/scenario.js';

const CODE = 'PAYMENT.MISSING';

describe(CODE, () => {
  it('flags the month whose deadline passed unpaid, from the approval month on', async () => {
    const b = new EventBuilder();
    const programme = b.programme();
    const [registered, approved] = b.approvedKpm('kpm-1');
    const { facts } = await observeAll([
      programme,
      registered!,
      approved!,
      b.pay('kpm-1', '2024-02'),
      b.pay('kpm-1', '2024-03'),
    ]);
    // 1 June: February to April are past their end plus 30 days; May is not yet.
    expect(await scanForMissingPayments(facts, '2024-06-01', CONFIG)).toEqual([
      {
        ruleCode: CODE,
        severity: 'medium',
        alertKey: `${CODE}:kpm-1/2024-04`,
        villageCode: VILLAGE,
        programmeId: PROGRAMME,
        subject: 'kpm kpm-1',
        evidence: [programme.position, registered!.position, approved!.position],
        details: {
          kpmId: 'kpm-1',
          period: '2024-04',
          dueBy: '2024-05-30',
          approvedOn: '2024-02-10',
        },
      },
    ]);
    expect(await scanForMissingPayments(facts, '2024-06-02', CONFIG)).toEqual([]);
  });

  it('counts a reversed payment as unpaid', async () => {
    const b = new EventBuilder();
    const paid = b.pay('kpm-1', '2024-02');
    const { facts } = await observeAll([b.programme(), ...b.approvedKpm('kpm-1'), paid, b.reverse(paid)]);
    const alerts = await scanForMissingPayments(facts, '2024-04-01', CONFIG);
    expect(alerts.map((alert) => alert.alertKey)).toEqual([`${CODE}:kpm-1/2024-02`]);
  });

  it('leaves alone paid months, KPM not approved or no longer active, and a programme long past', async () => {
    const b = new EventBuilder();
    const { facts } = await observeAll([
      b.programme(),
      b.programme('blt-2022', undefined, 2022),
      ...b.approvedKpm('kpm-1'),
      ...['2024-02', '2024-03', '2024-04'].map((period) => b.pay('kpm-1', period)),
      b.register('kpm-2', { nik: '1101010203750002' }),
      ...b.approvedKpm('kpm-3', { nik: '1101015512880003' }),
      b.status('kpm-3', 'beneficiary.suspended', { reason: 'verifikasi ulang' }),
      ...b.approvedKpm('kpm-4', { nik: '1101024101900009', programmeId: 'blt-2022' }),
    ]);
    expect(await scanForMissingPayments(facts, '2024-06-01', CONFIG)).toEqual([]);
  });

  it('does not count the months a family was suspended, once it is reinstated', async () => {
    const b = new EventBuilder();
    const { facts } = await observeAll([
      b.programme(),
      ...b.approvedKpm('kpm-1'),
      b.pay('kpm-1', '2024-02'),
      b.pay('kpm-1', '2024-03'),
      b.status(
        'kpm-1',
        'beneficiary.suspended',
        { reason: 'verifikasi ulang' },
        { occurredAt: '2024-04-02T03:00:00Z' },
      ),
      b.status('kpm-1', 'beneficiary.reinstated', {}, { occurredAt: '2024-06-03T03:00:00Z' }),
      b.pay('kpm-1', '2024-06'),
    ]);
    // April and May fell inside the suspension; nothing else is unpaid by 15 July.
    expect(await scanForMissingPayments(facts, '2024-07-15', CONFIG)).toEqual([]);
    // A month after the reinstatement that nobody paid is flagged again.
    const alerts = await scanForMissingPayments(facts, '2024-09-01', CONFIG);
    expect(alerts.map((alert) => alert.alertKey)).toEqual([`${CODE}:kpm-1/2024-07`]);
  });
});
