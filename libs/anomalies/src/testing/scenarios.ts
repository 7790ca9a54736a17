import type { SentinelEvent } from '../sentinel-event.js';
import { EventBuilder } from './event-builder.js';
import { OTHER_VILLAGE, VILLAGE } from './fixtures.js';

/**
 * A village's year in which nearly everything goes wrong, over programme, KPM and training streams:
 * the order-independence test delivers it in many cross-stream orders. Run with burstThreshold 3.
 */
export function troubledVillage(): SentinelEvent[] {
  const b = new EventBuilder();
  const hall = { place: 'Balai Desa', startsAt: '2024-04-02T02:00:00Z', endsAt: '2024-04-02T05:00:00Z' };
  const post = {
    place: 'Posyandu Dusun Baro',
    startsAt: '2024-04-02T03:00:00Z',
    endsAt: '2024-04-02T06:00:00Z',
  };
  const kpm3Paid = b.pay('kpm-3', '2024-03');
  return [
    b.programme(),
    b.allocation(VILLAGE, 2_400_000, 600_000),
    b.allocation(OTHER_VILLAGE, 1_000_000, 300_000),
    ...b.approvedKpm('kpm-1', { nik: '1101014507800001' }),
    b.pay('kpm-1', '2024-03'),
    b.pay('kpm-1', '2024-04', { amount: 900_000, paidOn: '2024-03-25' }),
    b.register('kpm-2', { nik: '1101010203750002', otherAid: ['PKH'] }),
    b.approve('kpm-2', null),
    b.pay('kpm-2', '2024-03', {}, { recordedAt: '2024-07-01T00:00:00Z' }),
    b.register('kpm-3', { nik: '1101014507800001', villageCode: OTHER_VILLAGE }),
    b.approve('kpm-3', 'BA-MUSDES/04/2024', { actor: 'operator-desa-1' }),
    kpm3Paid,
    b.deceased('kpm-3', '2024-03-01', { occurredAt: '2024-04-05T03:00:00Z' }),
    b.register('kpm-4', { nik: '1101015512880003', sourceList: 'DTKS' }),
    b.pay('kpm-4', '2024-03', { paymentId: 'pay-a' }),
    b.pay('kpm-4', '2024-03', { paymentId: 'pay-b' }),
    b.schedule('s-1', { ...hall, capacity: 2 }),
    b.schedule('s-2', post),
    b.attend('s-1', 'kpm-1'),
    b.attend('s-1', 'kpm-2'),
    b.attend('s-1', 'kpm-4', 'M'),
    b.held('s-1'),
    b.attend('s-2', 'kpm-1'),
    b.event('grievance-g-1', 'grievance.filed', { grievanceId: 'g-1', category: 'payment' }),
    b.event('alert-a-1', 'alert.raised', { ruleCode: 'SOMETHING' }),
  ];
}
