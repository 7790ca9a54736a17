import { describe, expect, it } from '@jest/globals';
import { factKeys } from '../facts/keys.js';
import type { KpmFact } from '../facts/kpm.fact.js';
import { EventBuilder } from '../testing/event-builder.js';
import { PROGRAMME, VILLAGE } from '../testing/fixtures.js';
import { observeAll, ofRule } from '../testing/scenario.js';

const CODE = 'APPROVAL.WITHOUT_MUSDES';

describe(CODE, () => {
  it('flags an approval that names no Musdes', async () => {
    const b = new EventBuilder();
    const approved = b.approve('kpm-1', null);
    const { alerts } = await observeAll([b.programme(), b.register('kpm-1'), approved]);
    expect(ofRule(alerts, CODE)).toEqual([
      {
        ruleCode: CODE,
        severity: 'high',
        alertKey: `${CODE}:kpm-1/${approved.eventId}`,
        villageCode: VILLAGE,
        programmeId: PROGRAMME,
        subject: 'kpm kpm-1',
        evidence: [approved.position],
        details: { kpmId: 'kpm-1', musdesDate: null },
      },
    ]);
  });

  it('keeps the alert when a correction adds the reference later, and the facts take the reference', async () => {
    const b = new EventBuilder();
    const approved = b.approve('kpm-1', null);
    const corrected = b.correct(approved, { musdesRef: 'BA-MUSDES/03/2024' });
    const { alerts, facts } = await observeAll([b.programme(), b.register('kpm-1'), approved, corrected]);
    expect(ofRule(alerts, CODE)).toHaveLength(1);
    const kpm = await facts.get<KpmFact>(factKeys.kpm('kpm-1'));
    expect(kpm?.approval).toMatchObject({
      musdesRef: 'BA-MUSDES/03/2024',
      corrections: [corrected.position],
    });
  });

  it('leaves alone an approval with its Musdes reference', async () => {
    const b = new EventBuilder();
    const { alerts } = await observeAll([b.programme(), ...b.approvedKpm('kpm-1')]);
    expect(ofRule(alerts, CODE)).toEqual([]);
  });
});
