import { describe, expect, it } from '@jest/globals';
import { EventBuilder } from '../testing/event-builder.js';
import { observeAll, ofRule } from '../testing/scenario.js';

const CODE = 'ENTRY.BURST';

/** `count` payments for one paidOn day, each to its own KPM (registration left out: not needed here). */
function payments(b: EventBuilder, count: number, paidOn: string, actor = 'operator-desa-1') {
  return Array.from({ length: count }, (_, index) =>
    b.pay(`kpm-${paidOn}-${index}`, paidOn.slice(0, 7), { paidOn }, { actor }),
  );
}

describe(CODE, () => {
  it('flags the 51st payment one actor recorded for one day, and only once', async () => {
    const b = new EventBuilder();
    const burst = payments(b, 51, '2024-03-25');
    const { alerts } = await observeAll([...burst, ...payments(b, 3, '2024-03-25')]);
    expect(ofRule(alerts, CODE)).toEqual([
      {
        ruleCode: CODE,
        severity: 'medium',
        alertKey: `${CODE}:operator-desa-1/2024-03-25`,
        villageCode: null,
        programmeId: null,
        subject: 'actor operator-desa-1 on 2024-03-25',
        evidence: burst.map((event) => event.position),
        details: {
          actor: 'operator-desa-1',
          paidOn: '2024-03-25',
          payments: 51,
          threshold: 50,
        },
      },
    ]);
  });

  it('leaves alone 50 a day, the same actor on another day, and another actor the same day', async () => {
    const b = new EventBuilder();
    const { alerts } = await observeAll([
      ...payments(b, 50, '2024-03-25'),
      ...payments(b, 20, '2024-03-26'),
      ...payments(b, 20, '2024-03-25', 'operator-desa-2'),
    ]);
    expect(ofRule(alerts, CODE)).toEqual([]);
  });
});
