import { describe, expect, it } from '@jest/globals';
import { scanForParticipationGaps } from '../scan.js';
import { EventBuilder } from '../testing/event-builder.js';
import { CONFIG, PROGRAMME, VILLAGE } from '../testing/fixtures.js';
import { observeAll } from '../testing/scenario.js';

const CODE = 'TRAINING.WOMEN_SHARE_LOW';

/** A session held on 2 April where `women` of `trained` KPM sent a woman, the rest a man. */
function session(b: EventBuilder, sessionId: string, trained: number, women: number) {
  const scheduled = b.schedule(sessionId);
  const attended = Array.from({ length: trained }, (_, index) =>
    b.attend(sessionId, `kpm-${index + 1}`, index < women ? 'F' : 'M'),
  );
  return { events: [scheduled, ...attended, b.held(sessionId, '2024-04-02')], attended };
}

describe(CODE, () => {
  it('flags a village where 2 of 12 trained KPM sent a woman (programme minimum 30%)', async () => {
    const b = new EventBuilder();
    const programme = b.programme();
    const { events, attended } = session(b, 's-1', 12, 2);
    const { facts } = await observeAll([programme, ...events]);
    expect(await scanForParticipationGaps(facts, '2024-04-15', CONFIG)).toEqual([
      {
        ruleCode: CODE,
        severity: 'low',
        alertKey: `${CODE}:${PROGRAMME}/${VILLAGE}`,
        villageCode: VILLAGE,
        programmeId: PROGRAMME,
        subject: `village ${VILLAGE} / programme ${PROGRAMME}`,
        evidence: [programme.position, ...attended.map((event) => event.position)],
        details: {
          trainedKpm: 12,
          kpmWithWomenTrained: 2,
          share: 0.1667,
          minWomenTrainingShare: 0.3,
        },
      },
    ]);
  });

  it('leaves alone 4 of 12, fewer than 10 trained, and a session still within its grace days', async () => {
    const b = new EventBuilder();
    const fair = session(b, 's-1', 12, 4);
    const small = session(b, 's-2', 9, 1);
    const { facts } = await observeAll([b.programme(), ...fair.events]);
    expect(await scanForParticipationGaps(facts, '2024-04-15', CONFIG)).toEqual([]);
    const few = await observeAll([b.programme(), ...small.events]);
    expect(await scanForParticipationGaps(few.facts, '2024-04-15', CONFIG)).toEqual([]);
    const unsettled = await observeAll([b.programme(), ...session(b, 's-3', 12, 0).events]);
    expect(await scanForParticipationGaps(unsettled.facts, '2024-04-08', CONFIG)).toEqual([]);
  });
});
