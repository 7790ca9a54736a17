import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { catalogue } from './catalogue.js';
import { defineEvent } from './event.js';
import { EventCatalogue } from './event-catalogue.js';

const registeredV1 = {
  kpmId: 'kpm-1',
  programmeId: 'blt-2024',
  villageCode: '11.01.01.2001',
  head: { name: 'Siti Aminah', nik: '1101014507800001', sex: 'F', birthDate: '1980-07-05' },
  members: [{ sex: 'M', birthDate: '2010-01-01' }],
  sourceList: 'P3KE',
  receivesPkh: true,
};

describe('event catalogue', () => {
  it('writes the newest version of each type', () => {
    expect(catalogue.currentVersion('beneficiary.registered')).toBe(2);
    expect(catalogue.currentVersion('payment.paid')).toBe(1);
    expect(catalogue.types()).toHaveLength(28);
  });

  it('reads a version 1 registration as version 2, turning "receives PKH" into the list of other aid', () => {
    const read = catalogue.read({ type: 'beneficiary.registered', schemaVersion: 1, data: registeredV1 });
    const { receivesPkh: _dropped, ...unchanged } = registeredV1;
    expect(read).toEqual({ type: 'beneficiary.registered', data: { ...unchanged, otherAid: ['PKH'] } });
    const withoutPkh = catalogue.read({
      type: 'beneficiary.registered',
      schemaVersion: 1,
      data: { ...registeredV1, receivesPkh: false },
    });
    expect((withoutPkh.data as { otherAid: string[] }).otherAid).toEqual([]);
  });

  it('refuses to write an old shape, an unknown field or a wrong type, naming the field', () => {
    expect(() => catalogue.validate({ type: 'beneficiary.registered', data: registeredV1 })).toThrow(
      expect.objectContaining({ code: 'EVENT.SCHEMA_VIOLATION' }),
    );
    expect(() =>
      catalogue.validate({
        type: 'payment.due',
        data: { kpmId: 'k', paymentId: 'p', period: '2024-13', amount: 1 },
      }),
    ).toThrow('check period');
    expect(() =>
      catalogue.validate({
        type: 'payment.due',
        data: { kpmId: 'k', paymentId: 'p', period: '2024-01', amount: 1.5 },
      }),
    ).toThrow('check amount');
  });

  it('reads a registration whose personal data was erased, but writes none without it', () => {
    const { receivesPkh: _v1, ...current } = registeredV1;
    const erased = {
      ...current,
      otherAid: [],
      head: { sex: 'F' },
      members: [{ sex: 'M' }],
    };
    expect(catalogue.read({ type: 'beneficiary.registered', schemaVersion: 2, data: erased }).data).toEqual(
      erased,
    );
    expect(() => catalogue.validate({ type: 'beneficiary.registered', data: erased })).toThrow(
      expect.objectContaining({ code: 'EVENT.SCHEMA_VIOLATION' }),
    );
    // Only the personal fields may be missing, and the schema stays strict and bounded.
    const { villageCode: _gone, ...withoutVillage } = erased;
    for (const broken of [
      withoutVillage,
      { ...erased, head: { sex: 'F', shoeSize: 42 } },
      { ...erased, members: Array.from({ length: 31 }, () => ({ sex: 'M' })) },
    ])
      expect(() =>
        catalogue.read({ type: 'beneficiary.registered', schemaVersion: 2, data: broken }),
      ).toThrow(expect.objectContaining({ code: 'EVENT.SCHEMA_VIOLATION' }));
  });

  it('reads a correction whose every field was personal data and is erased', () => {
    const correction = {
      correctsEventId: '0193a1b2-0000-7000-8000-000000000001',
      correctsType: 'beneficiary.registered',
      reason: 'typo in the KK number',
      fields: {},
    };
    expect(catalogue.read({ type: 'event.corrected', schemaVersion: 1, data: correction }).data).toEqual(
      correction,
    );
    expect(() => catalogue.validate({ type: 'event.corrected', data: correction })).toThrow('check fields');
  });

  it('refuses an unknown type or version', () => {
    expect(() => catalogue.read({ type: 'payment.stolen', schemaVersion: 1, data: {} })).toThrow(
      expect.objectContaining({ code: 'EVENT.UNKNOWN_TYPE' }),
    );
    expect(() => catalogue.read({ type: 'payment.paid', schemaVersion: 7, data: {} })).toThrow('version 7');
  });

  it('will not start with a version that has no upcaster to the next', () => {
    const v1 = defineEvent('x.happened', 1, z.object({}));
    const v2 = defineEvent('x.happened', 2, z.object({}));
    expect(() => new EventCatalogue([v1, v2], [])).toThrow('x.happened v1 has no upcaster');
  });
});
