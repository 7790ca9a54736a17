import { describe, expect, it } from '@jest/globals';
import { EventBuilder } from '../testing/event-builder.js';
import { observeAll, ofRule } from '../testing/scenario.js';

const CODE = 'APPROVAL.SAME_ACTOR';

describe(CODE, () => {
  it('flags a KPM registered and approved by the same operator', async () => {
    const b = new EventBuilder();
    const registered = b.register('kpm-1', {}, { actor: 'operator-desa-1' });
    const approved = b.approve('kpm-1', 'BA-MUSDES/03/2024', { actor: 'operator-desa-1' });
    const { alerts } = await observeAll([b.programme(), registered, approved]);
    expect(ofRule(alerts, CODE)).toEqual([
      expect.objectContaining({
        alertKey: `${CODE}:kpm-1/${approved.eventId}`,
        severity: 'medium',
        evidence: [registered.position, approved.position],
        details: { kpmId: 'kpm-1', actor: 'operator-desa-1' },
      }),
    ]);
  });

  it('leaves alone a KPM registered by the operator and approved by the village secretary', async () => {
    const b = new EventBuilder();
    const { alerts } = await observeAll([b.programme(), ...b.approvedKpm('kpm-1')]);
    expect(ofRule(alerts, CODE)).toEqual([]);
  });
});
