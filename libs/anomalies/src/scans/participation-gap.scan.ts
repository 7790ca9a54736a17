import { type AlertCandidate, raise } from '../alert-candidate.js';
import { addDays } from '../calendar.js';
import type { FactStore } from '../fact-store.port.js';
import { factKeys } from '../facts/keys.js';
import { readSession } from '../facts/session.fact.js';
import type { ScheduledRule } from '../rule.js';
import { villageScope } from '../rules/rule-support.js';
import type { SentinelConfig } from '../sentinel-config.js';
import { childrenOf, programmesInScope } from './scan-support.js';

/**
 * Women take part less (domain.md) and the gap must be visible. Among the KPM of a village and
 * programme trained in settled sessions (held, and past the attendance grace days), the share of KPM
 * that sent a woman is compared with the programme's minWomenTrainingShare, once at least
 * `minTrainedKpmForGap` KPM were trained. A scan, not an event rule: on events the share would be
 * judged on a partial list whose make-up depends on which session's stream was delivered first.
 */
export const participationGap: ScheduledRule = {
  code: 'TRAINING.WOMEN_SHARE_LOW',
  severity: 'low',
  explain: {
    id: 'Bagian perempuan di antara KPM yang dilatih di desa ini di bawah batas program: perempuan tertinggal dari pemberdayaan.',
    en: "The share of women among the KPM trained in this village is below the programme's minimum: women are left out of empowerment.",
  },
  async scan(facts, today, config) {
    const found: AlertCandidate[] = [];
    for (const programme of await programmesInScope(facts, today, config)) {
      const minShare = programme.rules.minWomenTrainingShare;
      if (minShare === null) continue;
      const { programmeId } = programme;
      for (const villageCode of await childrenOf(facts, factKeys.villageSessions(programmeId, ''))) {
        const trained = await trainedKpm(facts, programmeId, villageCode, today, config);
        const women = [...trained.women.values()].filter(Boolean).length;
        const share = trained.women.size === 0 ? 0 : women / trained.women.size;
        if (trained.women.size < config.minTrainedKpmForGap || share >= minShare) continue;
        found.push(
          raise(participationGap, {
            identity: [programmeId, villageCode],
            ...villageScope(programmeId, villageCode),
            evidence: [...trained.positions, programme.position],
            details: {
              trainedKpm: trained.women.size,
              kpmWithWomenTrained: women,
              share: Math.round(share * 10_000) / 10_000,
              minWomenTrainingShare: minShare,
            },
          }),
        );
      }
    }
    return found;
  },
};

/** By KPM: whether any woman of it attended a settled session; and the attendance positions. */
async function trainedKpm(
  facts: FactStore,
  programmeId: string,
  villageCode: string,
  today: string,
  config: SentinelConfig,
) {
  const women = new Map<string, boolean>();
  const positions: number[] = [];
  for (const sessionId of (await facts.get<string[]>(factKeys.villageSessions(programmeId, villageCode))) ??
    []) {
    const session = await readSession(facts, sessionId);
    if (!session.held || addDays(session.held.day, config.attendanceGraceDays) >= today) continue;
    for (const attendee of session.attendance) {
      women.set(attendee.kpmId, (women.get(attendee.kpmId) ?? false) || attendee.sex === 'F');
      positions.push(attendee.position);
    }
  }
  return { women, positions };
}
