import { describe, expect, it } from '@jest/globals';
import { EventBuilder } from '../testing/event-builder.js';
import { observeAll, ofRule } from '../testing/scenario.js';

const CODE = 'TRAINING.OVER_CAPACITY';

describe(CODE, () => {
  it('flags the attendance that passes the capacity, once', async () => {
    const b = new EventBuilder();
    const scheduled = b.schedule('s-1', { capacity: 2 });
    const attended = ['kpm-1', 'kpm-2', 'kpm-3'].map((kpmId) => b.attend('s-1', kpmId));
    const { alerts } = await observeAll([scheduled, ...attended, b.attend('s-1', 'kpm-4')]);
    expect(ofRule(alerts, CODE)).toEqual([
      expect.objectContaining({
        alertKey: `${CODE}:s-1`,
        severity: 'low',
        subject: 'training session s-1',
        evidence: [scheduled.position, ...attended.map((event) => event.position)],
        details: { sessionId: 's-1', capacity: 2, attendance: 3 },
      }),
    ]);
  });

  it('leaves alone a full session', async () => {
    const b = new EventBuilder();
    const { alerts } = await observeAll([
      b.schedule('s-1', { capacity: 2 }),
      b.attend('s-1', 'kpm-1'),
      b.attend('s-1', 'kpm-2'),
      b.held('s-1'),
    ]);
    expect(ofRule(alerts, CODE)).toEqual([]);
  });
});
