import { describe, expect, it } from '@jest/globals';
import { factKeys } from './facts/keys.js';
import type { KpmFact } from './facts/kpm.fact.js';
import type { AllocationFact } from './facts/programme.fact.js';
import type { VillagePaidFact } from './facts/village-paid.fact.js';
import { EventBuilder } from './testing/event-builder.js';
import { PROGRAMME, VILLAGE } from './testing/fixtures.js';
import { observeAll } from './testing/scenario.js';

describe('sentinel facts', () => {
  it('keeps a KPM, its NIK, its village and its payments under the documented keys', async () => {
    const b = new EventBuilder();
    const [registered, approved] = b.approvedKpm('kpm-1');
    const paid = b.pay('kpm-1', '2024-03');
    const { facts } = await observeAll([registered!, approved!, paid]);
    expect(facts.keys()).toEqual([
      'actor-paid/operator-desa-1/2024-03-25',
      `awaiting-programme/${PROGRAMME}/kpm-1`,
      `event/${approved!.eventId}`,
      `event/${paid.eventId}`,
      'kpm/kpm-1',
      'nik/hmac-1101014507800001',
      `programme-village/${PROGRAMME}/${VILLAGE}`,
      `roster/${PROGRAMME}/${VILLAGE}/kpm-1`,
      `village-paid/${PROGRAMME}/${VILLAGE}`,
    ]);
    expect(await facts.get<KpmFact>(factKeys.kpm('kpm-1'))).toMatchObject({
      registration: {
        actor: 'operator-desa-1',
        nikToken: 'hmac-1101014507800001',
        nikMasked: '110101******0001',
      },
      statuses: [
        { status: 'registered', position: registered!.position },
        { status: 'approved', position: approved!.position },
      ],
      approval: { actor: 'sekdes-1', on: '2024-02-10', musdesRef: 'BA-MUSDES/03/2024' },
      payments: [{ paymentId: 'pay-kpm-1-2024-03', amount: 300_000, reversedAt: null }],
    });
  });

  it("applies corrections of a payment's amount and of an allocation to the village's figures", async () => {
    const b = new EventBuilder();
    const allocation = b.allocation(VILLAGE, 2_400_000, 600_000);
    const paid = b.pay('kpm-1', '2024-03');
    const fixed = b.correct(paid, { amount: 250_000 });
    const revised = b.correct(allocation, { allocation: 500_000 });
    const { facts } = await observeAll([
      b.programme(),
      allocation,
      ...b.approvedKpm('kpm-1'),
      paid,
      fixed,
      revised,
    ]);
    expect(await facts.get<VillagePaidFact>(factKeys.villagePaid(PROGRAMME, VILLAGE))).toEqual({
      total: 250_000,
      positions: [paid.position, fixed.position],
    });
    expect(await facts.get<AllocationFact>(factKeys.allocation(PROGRAMME, VILLAGE))).toMatchObject({
      allocation: 500_000,
      corrections: [revised.position],
    });
  });

  it("takes a reversed payment out of the village's total and marks when it stopped counting", async () => {
    const b = new EventBuilder();
    const paid = b.pay('kpm-1', '2024-03');
    const reversed = b.reverse(paid);
    const { facts } = await observeAll([...b.approvedKpm('kpm-1'), paid, reversed]);
    expect(await facts.get<VillagePaidFact>(factKeys.villagePaid(PROGRAMME, VILLAGE))).toEqual({
      total: 0,
      positions: [],
    });
    const kpm = await facts.get<KpmFact>(factKeys.kpm('kpm-1'));
    expect(kpm?.payments[0]?.reversedAt).toBe(reversed.position);
  });

  it('reads the other aid of a registration still in version 1 (receivesPkh)', async () => {
    const b = new EventBuilder();
    const registered = b.register('kpm-1');
    const { otherAid: _otherAid, ...v1 } = registered.data as Record<string, unknown>;
    const { facts } = await observeAll([
      { ...registered, schemaVersion: 1, data: { ...v1, receivesPkh: true } },
    ]);
    const kpm = await facts.get<KpmFact>(factKeys.kpm('kpm-1'));
    expect(kpm?.registration?.otherAid).toEqual(['PKH']);
  });

  it('ignores a correction of an event whose facts no rule reads', async () => {
    const b = new EventBuilder();
    const registered = b.register('kpm-1');
    const { facts } = await observeAll([registered, b.correct(registered, { sourceList: 'DTKS' })]);
    const kpm = await facts.get<KpmFact>(factKeys.kpm('kpm-1'));
    expect(kpm?.registration?.sourceList).toBe('P3KE');
  });
});
