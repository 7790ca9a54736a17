import { createHmac } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import type { Event } from './event.js';
import { withoutErasedFields, withoutPersonalData } from './personal-data.js';

const pseudonymise = (value: string) =>
  `hmac:${createHmac('sha256', 'test-key').update(value).digest('hex').slice(0, 32)}`;

const registered: Event = {
  type: 'beneficiary.registered',
  data: {
    kpmId: 'kpm-1',
    villageCode: '11.01.01.2001',
    head: { name: 'Siti  Aminah', nik: '1101014507800001', sex: 'F', birthDate: '1980-07-05' },
    members: [{ sex: 'M', birthDate: '2012-03-01' }],
    kkNumber: '1101010101010001',
    sourceList: 'P3KE',
    otherAid: [],
    reason: 'Lost her income when the market closed',
  },
};

describe('personal data at the boundary', () => {
  it('leaves no NIK, name, KK number, birth date or reason in clear', () => {
    const safe = withoutPersonalData(registered, pseudonymise);
    const text = JSON.stringify(safe);
    for (const secret of [
      '1101014507800001',
      'Siti',
      'Aminah',
      '1101010101010001',
      '1980-07-05',
      '2012-03-01',
      'market',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(safe).toMatchObject({
      kpmId: 'kpm-1',
      villageCode: '11.01.01.2001',
      head: {
        name: 'S. A.',
        sex: 'F',
        birthDate: '1980',
        nik: pseudonymise('1101014507800001'),
        nikMasked: '110101******0001',
      },
      members: [{ sex: 'M', birthDate: '2012' }],
    });
    expect(safe).not.toHaveProperty('reason');
  });

  it('gives one NIK the same token in every event, so duplicates stay visible', () => {
    const again = withoutPersonalData(registered, pseudonymise) as { head: { nik: string } };
    expect(again.head.nik).toBe(
      (withoutPersonalData(registered, pseudonymise) as { head: { nik: string } }).head.nik,
    );
  });

  it('treats the fields of a correction with the policy of the event it corrects', () => {
    const correction: Event = {
      type: 'event.corrected',
      data: {
        correctsEventId: 'x',
        correctsType: 'beneficiary.registered',
        reason: 'typo',
        fields: { head: { name: 'Siti Aminah', nik: '1101014507800002', sex: 'F', birthDate: '1980-07-05' } },
      },
    };
    expect(JSON.stringify(withoutPersonalData(correction, pseudonymise))).not.toContain('1101014507800002');
  });

  it('leaves out a field still sealed, rather than making a token or initials of its ciphertext', () => {
    const sealed = 'pd1:kpm:kpm-1:Tm90QW5Jbml0aWFs0123456789_-';
    const stillSealed: Event = {
      ...registered,
      data: {
        ...(registered.data as object),
        head: { name: sealed, nik: sealed, sex: 'F', birthDate: sealed },
        kkNumber: sealed,
      },
    };
    expect(withoutPersonalData(stillSealed, pseudonymise)).toMatchObject({ head: { sex: 'F' } });
    const safe = withoutPersonalData(stillSealed, pseudonymise) as { head: object };
    expect(safe.head).toEqual({ sex: 'F' });
    expect(safe).not.toHaveProperty('kkNumber');
    // A name that merely starts like one is a name.
    const odd: Event = { ...registered, data: { ...(registered.data as object), head: { name: 'pd1 Ani' } } };
    expect(withoutPersonalData(odd, pseudonymise)).toMatchObject({ head: { name: 'P. A.' } });
  });

  it('reads treated data as an erasure leaves it: the same as treating data whose fields are absent', () => {
    const treated = withoutPersonalData(registered, pseudonymise);
    const absent: Event = {
      ...registered,
      data: { ...(registered.data as object), head: { sex: 'F' }, members: [{ sex: 'M' }] },
    };
    delete (absent.data as Record<string, unknown>)['kkNumber'];
    delete (absent.data as Record<string, unknown>)['reason'];
    expect(withoutErasedFields({ type: registered.type, data: treated })).toEqual(
      withoutPersonalData(absent, pseudonymise),
    );
    expect(treated).toHaveProperty('head.nikMasked');
  });

  it('does not touch the original, nor events without personal data', () => {
    const before = JSON.stringify(registered);
    withoutPersonalData(registered, pseudonymise);
    expect(JSON.stringify(registered)).toBe(before);
    const paid: Event = { type: 'payment.paid', data: { kpmId: 'kpm-1', amount: 300_000 } };
    expect(withoutPersonalData(paid, pseudonymise)).toEqual(paid.data);
  });
});
