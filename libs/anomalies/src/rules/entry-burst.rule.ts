import { raise } from '../alert-candidate.js';
import { factKeys } from '../facts/keys.js';
import type { ActorDayFact } from '../facts/payment.facts.js';
import type { Rule } from '../rule.js';
import { dataOf } from '../sentinel-event.js';

/**
 * Payments bunched by one operator on one day are how lists written at a desk look (domain.md). Counted
 * per actor and paidOn day over every stream, so it fires on whichever payment passes the threshold;
 * one alert per actor and day. A correction of paidOn does not move a payment between days' counts.
 */
export const entryBurst: Rule = {
  code: 'ENTRY.BURST',
  severity: 'medium',
  explain: {
    id: 'Satu pengguna mencatat pembayaran dalam jumlah tak wajar untuk satu hari bayar: daftar mungkin dibuat di meja, bukan di lapangan.',
    en: 'One user recorded an unusual number of payments for a single payment day: the list may have been made at a desk, not in the field.',
  },
  watches: ['payment.paid'],
  when: 'after',
  async evaluate(event, facts, config) {
    const { paidOn } = dataOf(event, 'payment.paid')!;
    const day = await facts.get<ActorDayFact>(factKeys.actorPaid(event.actor, paidOn));
    if (!day || day.count <= config.burstThreshold) return [];
    return [
      raise(entryBurst, {
        identity: [event.actor, paidOn],
        villageCode: null,
        programmeId: null,
        subject: `actor ${event.actor} on ${paidOn}`,
        evidence: day.positions,
        details: { actor: event.actor, paidOn, payments: day.count, threshold: config.burstThreshold },
      }),
    ];
  },
};
