import { describe, expect, it } from '@jest/globals';
import { catalogue } from '@saksi/events';
import { ALL_RULES } from '../index.js';
import { RULES } from './index.js';

describe('the rule catalogue', () => {
  it('gives every rule a unique, stable-looking code and a sentence in both languages', () => {
    const codes = ALL_RULES.map((rule) => rule.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of ALL_RULES) {
      expect(rule.code).toMatch(/^[A-Z]+\.[A-Z0-9_]+$/);
      expect(rule.explain.id.length).toBeGreaterThan(40);
      expect(rule.explain.en.length).toBeGreaterThan(40);
    }
    expect(codes).toHaveLength(20);
  });

  it('watches only event types the catalogue knows', () => {
    const known = new Set(catalogue.types());
    for (const rule of RULES) for (const type of rule.watches) expect(known.has(type)).toBe(true);
  });
});
