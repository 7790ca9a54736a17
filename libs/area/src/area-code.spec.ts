import { describe, expect, it } from '@jest/globals';
import { isVillageCode } from './area-code.js';

describe('is village code', () => {
  it.each(['11.01.01.2001', '96.71.10.1004'])('accepts %s', (text) => {
    expect(isVillageCode(text)).toBe(true);
  });

  it.each([
    '',
    '11.01.01',
    '1101012001',
    '11.01.01.201',
    '11.01.01.20011',
    ' 11.01.01.2001',
    '11-01-01-2001',
    '11.01.01.2001\n',
  ])('refuses %j', (text) => {
    expect(isVillageCode(text)).toBe(false);
  });
});
