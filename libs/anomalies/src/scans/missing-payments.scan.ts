import { type AlertCandidate, raise } from '../alert-candidate.js';
import { addDays, periodEnd, periodsBetween } from '../calendar.js';
import { factKeys } from '../facts/keys.js';
import { currentStatus, livePayments } from '../facts/kpm-timeline.js';
import { type KpmFact, readKpm } from '../facts/kpm.fact.js';
import type { ProgrammeFact } from '../facts/programme.fact.js';
import type { ScheduledRule } from '../rule.js';
import type { SentinelConfig } from '../sentinel-config.js';
import { childrenOf, programmesInScope } from './scan-support.js';

/**
 * Late wages are the first thing a social audit counts (MGNREGA's are due within 15 days). An
 * approved, still active KPM is due each month of the programme year from its approval; a month is
 * unpaid once its end plus the grace days has passed with no payment counting for it. Read village
 * by village, so memory stays bounded however many KPM a programme has. Assumes monthly entitlement:
 * a programme of fewer months a year is judged until the KPM has received maxMonthsPerYear months.
 */
export const missingPayments: ScheduledRule = {
  code: 'PAYMENT.MISSING',
  severity: 'medium',
  explain: {
    id: 'KPM yang disetujui dan masih aktif belum menerima pembayaran untuk bulan yang sudah lewat tenggatnya: bantuan terlambat atau tidak sampai.',
    en: 'An approved, still active KPM has received no payment for a month past its deadline: the assistance is late or never arrived.',
  },
  async scan(facts, today, config) {
    const found: AlertCandidate[] = [];
    for (const programme of await programmesInScope(facts, today, config))
      for (const villageCode of await childrenOf(facts, factKeys.programmeVillage(programme.programmeId, '')))
        for (const kpmId of await childrenOf(facts, factKeys.roster(programme.programmeId, villageCode, '')))
          found.push(...unpaidMonths(await readKpm(facts, kpmId), programme, today, config));
    return found;
  },
};

function unpaidMonths(kpm: KpmFact, programme: ProgrammeFact, today: string, config: SentinelConfig) {
  const { approval, registration } = kpm;
  if (currentStatus(kpm).status !== 'approved' || !approval || !registration) return [];
  const year = String(programme.year);
  const paid = new Set(livePayments(kpm).map((payment) => payment.period));
  if ([...paid].filter((period) => period.startsWith(year)).length >= programme.rules.maxMonthsPerYear)
    return [];
  const first = approval.on.slice(0, 7) > `${year}-01` ? approval.on.slice(0, 7) : `${year}-01`;
  const dueBy = (period: string) => addDays(periodEnd(period), config.unpaidGraceDays);
  return periodsBetween(first, `${year}-12`)
    .filter((period) => dueBy(period) < today && !paid.has(period) && !suspendedAtEndOf(kpm, period))
    .map((period) =>
      raise(missingPayments, {
        identity: [kpm.kpmId, period],
        villageCode: registration.villageCode,
        programmeId: registration.programmeId,
        subject: `kpm ${kpm.kpmId}`,
        evidence: [registration.position, approval.position, programme.position],
        details: { kpmId: kpm.kpmId, period, dueBy: dueBy(period), approvedOn: approval.on },
      }),
    );
}

/** A family suspended on a month's last day was not due that month (reinstated later or not). */
function suspendedAtEndOf(kpm: KpmFact, period: string): boolean {
  const end = periodEnd(period);
  const then = kpm.statuses.filter((entry) => entry.on !== undefined && entry.on <= end).at(-1);
  return then?.status === 'suspended';
}
