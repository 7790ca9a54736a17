import { raise } from '../alert-candidate.js';
import type { FactStore } from '../fact-store.port.js';
import { correctionOf } from '../facts/correction.facts.js';
import { factKeys } from '../facts/keys.js';
import { readKpm } from '../facts/kpm.fact.js';
import type { AllocationFact } from '../facts/programme.fact.js';
import { readVillagePaid } from '../facts/village-paid.fact.js';
import type { Rule } from '../rule.js';
import type { SentinelEvent } from '../sentinel-event.js';
import { allocationTouched } from './allocation-share.rule.js';
import { villageScope } from './rule-support.js';

/**
 * A village cannot pay out more BLT than its allocation. Payments and the allocation come on
 * different streams, so the total is compared whenever either side changes: it fires whichever comes
 * first. The total is a running one (net of reversals and corrected amounts, against the allocation
 * in force): with reversals or a later, larger allocation, whether it crossed can depend on the
 * order the streams were delivered in. One alert per village and programme.
 */
export const paymentAboveAllocation: Rule = {
  code: 'PAYMENT.ABOVE_ALLOCATION',
  severity: 'high',
  explain: {
    id: 'Jumlah BLT yang dibayarkan kepada KPM sebuah desa melebihi pagu desa itu: ada uang yang dibayarkan di luar anggaran.',
    en: "The BLT paid to a village's KPM exceeds the village's allocation: money was paid outside the budget.",
  },
  watches: ['payment.paid', 'programme.village-allocation-set', 'event.corrected'],
  when: 'after',
  async evaluate(event, facts) {
    const allocation = (await allocationTouched(event, facts)) ?? (await allocationOfPayment(event, facts));
    if (!allocation) return [];
    const paid = await readVillagePaid(facts, allocation.programmeId, allocation.villageCode);
    if (paid.total <= allocation.allocation) return [];
    return [
      raise(paymentAboveAllocation, {
        identity: [allocation.programmeId, allocation.villageCode],
        ...villageScope(allocation.programmeId, allocation.villageCode),
        // The newest payments first: they took the total over, should the list need shortening.
        evidence: [allocation.position, ...allocation.corrections, ...[...paid.positions].reverse()],
        details: {
          year: allocation.year,
          allocation: allocation.allocation,
          paid: paid.total,
          excess: paid.total - allocation.allocation,
        },
      }),
    ];
  },
};

/** The allocation of the village and programme of the KPM a payment (or its correction) is for. */
async function allocationOfPayment(event: SentinelEvent, facts: FactStore) {
  const ref = event.type === 'event.corrected' ? (await correctionOf(event, facts))?.ref : undefined;
  const kpmId = ref && 'kpmId' in ref ? ref.kpmId : (event.data as { kpmId?: string }).kpmId;
  const registration = kpmId ? (await readKpm(facts, kpmId)).registration : null;
  if (!registration) return undefined;
  return facts.get<AllocationFact>(factKeys.allocation(registration.programmeId, registration.villageCode));
}
