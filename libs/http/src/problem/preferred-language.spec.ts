import { describe, expect, it } from '@jest/globals';
import { preferredLanguage } from './preferred-language.js';

describe('preferred language', () => {
  it.each([
    [undefined, 'id'],
    ['', 'id'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['en;q=0.5, id;q=0.8', 'id'],
    ['fr, en;q=0.3', 'en'],
    ['fr, de', 'id'],
    ['en;q=0, id', 'id'],
    ['en, id', 'en'],
  ])('answers %p with %s', (header, language) => {
    expect(preferredLanguage(header)).toBe(language);
  });
});
