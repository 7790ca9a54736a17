import { describe, expect, it } from '@jest/globals';
import { EventBuilder } from '../testing/event-builder.js';
import { PROGRAMME, VILLAGE } from '../testing/fixtures.js';
import { observeAll, ofRule } from '../testing/scenario.js';

const CODE = 'TRAINING.OVERLAPPING_SESSIONS';
/** 09:00-12:00 WIB at the village hall; 10:00-13:00 WIB at the hamlet's health post. */
const hall = {
  place: 'Balai Desa',
  startsAt: '2024-04-02T09:00:00+07:00',
  endsAt: '2024-04-02T12:00:00+07:00',
};
const post = {
  place: 'Posyandu Dusun Baro',
  startsAt: '2024-04-02T10:00:00+07:00',
  endsAt: '2024-04-02T13:00:00+07:00',
};

describe(CODE, () => {
  it('flags one person at two overlapping sessions in different places', async () => {
    const b = new EventBuilder();
    const s1 = b.schedule('s-1', hall);
    const s2 = b.schedule('s-2', post);
    const at1 = b.attend('s-1', 'kpm-1', 'F', '1980');
    const at2 = b.attend('s-2', 'kpm-1', 'F', '1980');
    const { alerts } = await observeAll([s1, s2, at1, at2]);
    expect(ofRule(alerts, CODE)).toEqual([
      {
        ruleCode: CODE,
        severity: 'medium',
        alertKey: `${CODE}:kpm-1/s-1/s-2`,
        villageCode: VILLAGE,
        programmeId: PROGRAMME,
        subject: 'kpm kpm-1',
        evidence: [s1.position, s2.position, at1.position, at2.position],
        details: {
          kpmId: 'kpm-1',
          sessionId: 's-2',
          place: post.place,
          otherSessionId: 's-1',
          otherPlace: hall.place,
        },
      },
    ]);
  });

  it('flags it with the same key and evidence whichever session is delivered first', async () => {
    const b = new EventBuilder();
    const s1 = b.schedule('s-1', hall);
    const at1 = b.attend('s-1', 'kpm-1', 'F', null);
    const s2 = b.schedule('s-2', post);
    const at2 = b.attend('s-2', 'kpm-1', 'F', '1980');
    const { alerts } = await observeAll([s2, at2, s1, at1]);
    expect(ofRule(alerts, CODE)).toMatchObject([
      { alertKey: `${CODE}:kpm-1/s-1/s-2`, evidence: [s1.position, at1.position, s2.position, at2.position] },
    ]);
  });

  it('leaves alone one place spelled twice, sessions one after another, and two members of a household', async () => {
    const b = new EventBuilder();
    const { alerts } = await observeAll([
      b.schedule('s-1', hall),
      b.schedule('s-2', { ...post, place: ' balai  desa ' }),
      b.schedule('s-3', {
        ...post,
        startsAt: '2024-04-02T13:00:00+07:00',
        endsAt: '2024-04-02T15:00:00+07:00',
      }),
      b.schedule('s-4', post),
      b.attend('s-1', 'kpm-1', 'F', '1980'),
      b.attend('s-2', 'kpm-1', 'F', '1980'),
      b.attend('s-3', 'kpm-1', 'F', '1980'),
      b.attend('s-4', 'kpm-1', 'M', '1978'),
      b.attend('s-4', 'kpm-1', 'F', '2004'),
    ]);
    expect(ofRule(alerts, CODE)).toEqual([]);
  });
});
