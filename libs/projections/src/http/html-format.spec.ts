import { describe, expect, it } from '@jest/globals';
import { decimal, escapeHtml, percent, rupiah, wholeNumber, wibTime } from './html-format.js';

describe('formatting figures for a printed report', () => {
  it('writes rupiah the Indonesian way', () => {
    expect(rupiah(1_200_000, 'id')).toBe('Rp1.200.000');
    expect(rupiah(0, 'id')).toBe('Rp0');
    expect(rupiah(943_000_000, 'id')).toBe('Rp943.000.000');
    expect(rupiah(-300_000, 'id')).toBe('-Rp300.000');
    expect(rupiah(1_200_000, 'en')).toBe('Rp1,200,000');
  });

  it('writes counts, decimals and shares with each language’s marks', () => {
    expect(wholeNumber(75_259, 'id')).toBe('75.259');
    expect(decimal(1.5, 'id')).toBe('1,5');
    expect(decimal(3, 'en')).toBe('3');
    expect(percent(0.1778, 'id')).toBe('17,8%');
    expect(percent(0.2, 'en')).toBe('20%');
  });

  it('escapes everything that could open a tag or leave an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('tells the time in Western Indonesia Time', () => {
    expect(wibTime(new Date('2024-03-31T20:15:00Z'))).toBe('2024-04-01 03:15 WIB');
  });
});
