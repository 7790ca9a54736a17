import { describe, expect, it } from '@jest/globals';
import { decideCorrection } from './correction.decide.js';

const approval = {
  eventId: '0193a1b2-0000-7000-8000-000000000002',
  type: 'beneficiary.approved',
  data: { kpmId: 'kpm-1' },
};

describe('corrections', () => {
  it('adds a missing Musdes reference to an approval, naming the corrected event', () => {
    const fields = { musdesRef: 'BA-MUSDES/03/2024' };
    expect(
      decideCorrection(
        'kpm-kpm-1',
        { correctsEventId: approval.eventId, reason: 'reference was left out', fields },
        [approval],
      ),
    ).toEqual([
      {
        type: 'event.corrected',
        data: {
          correctsEventId: approval.eventId,
          correctsType: 'beneficiary.approved',
          reason: 'reference was left out',
          fields,
        },
      },
    ]);
  });

  it('refuses to correct an event that is not in the stream', () => {
    expect(() =>
      decideCorrection(
        'kpm-kpm-1',
        { correctsEventId: '0193a1b2-0000-7000-8000-000000000009', reason: 'x', fields: { a: 1 } },
        [approval],
      ),
    ).toThrow(expect.objectContaining({ code: 'CORRECTION.TARGET_NOT_FOUND' }));
  });

  it('refuses a field the event type does not have, or a value it does not accept', () => {
    const correct = (fields: Record<string, unknown>) => () =>
      decideCorrection('kpm-kpm-1', { correctsEventId: approval.eventId, reason: 'typo', fields }, [
        approval,
      ]);
    expect(correct({ amount: 5 })).toThrow(expect.objectContaining({ code: 'EVENT.SCHEMA_VIOLATION' }));
    expect(correct({ musdesDate: '2024-02-31' })).toThrow(
      expect.objectContaining({ code: 'EVENT.SCHEMA_VIOLATION' }),
    );
  });
});
