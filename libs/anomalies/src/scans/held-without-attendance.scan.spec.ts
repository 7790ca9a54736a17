import { describe, expect, it } from '@jest/globals';
import { scanForSessionsWithoutAttendance } from '../scan.js';
import { EventBuilder } from '../testing/event-builder.js';
import { CONFIG, PROGRAMME, VILLAGE } from '../testing/fixtures.js';
import { observeAll } from '../testing/scenario.js';

const CODE = 'TRAINING.HELD_WITHOUT_ATTENDANCE';

describe(CODE, () => {
  it('flags a session held with nobody recorded, once the grace days have passed', async () => {
    const b = new EventBuilder();
    const scheduled = b.schedule('s-1');
    const held = b.held('s-1', '2024-04-02');
    const { facts } = await observeAll([scheduled, held]);
    expect(await scanForSessionsWithoutAttendance(facts, '2024-04-09', CONFIG)).toEqual([]);
    expect(await scanForSessionsWithoutAttendance(facts, '2024-04-10', CONFIG)).toEqual([
      {
        ruleCode: CODE,
        severity: 'medium',
        alertKey: `${CODE}:s-1`,
        villageCode: VILLAGE,
        programmeId: PROGRAMME,
        subject: 'training session s-1',
        evidence: [scheduled.position, held.position],
        details: { sessionId: 's-1', heldOn: '2024-04-02', judgedAfterDays: 7 },
      },
    ]);
    expect(await scanForSessionsWithoutAttendance(facts, '2024-04-11', CONFIG)).toEqual([]);
  });

  it('leaves alone a session whose attendance was recorded after it was held, and one not held', async () => {
    const b = new EventBuilder();
    const { facts } = await observeAll([
      b.schedule('s-1'),
      b.held('s-1', '2024-04-02'),
      b.attend('s-1', 'kpm-1'),
      b.schedule('s-2'),
    ]);
    expect(await scanForSessionsWithoutAttendance(facts, '2024-04-20', CONFIG)).toEqual([]);
  });
});
