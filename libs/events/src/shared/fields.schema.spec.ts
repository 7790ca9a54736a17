import { describe, expect, it } from '@jest/globals';
import { longText, shortText } from './fields.schema.js';

describe('free text fields', () => {
  it.each([
    ['short', shortText],
    ['long', longText],
  ])('refuses a NUL character in %s text, which PostgreSQL cannot store, in both languages', (_, schema) => {
    const result = schema.safeParse('Dusun\u0000Mawar');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      code: 'custom',
      message: expect.stringContaining('NUL'),
      params: { messageId: expect.stringContaining('NUL') },
    });
  });

  it('keeps hostile but storable text as it was typed, trimmed', () => {
    expect(shortText.parse(" '; DROP TABLE kpm;-- <script>‮ ")).toBe("'; DROP TABLE kpm;-- <script>‮");
  });
});
