import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { personalDataKey } from './master-key.js';

describe('the personal-data master key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'saksi-pdk-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('comes from SAKSI_PERSONAL_DATA_KEY as 64 hex digits', () => {
    const hex = 'ab'.repeat(32);
    expect(personalDataKey({ SAKSI_PERSONAL_DATA_KEY: ` ${hex}\n` }).toString('hex')).toBe(hex);
  });

  it('refuses a key that is not 32 bytes of hex, and says how to make one', () => {
    for (const bad of ['secret', 'ab'.repeat(31), 'zz'.repeat(32)])
      expect(() => personalDataKey({ SAKSI_PERSONAL_DATA_KEY: bad })).toThrow('openssl rand -hex 32');
  });

  it('is required outside the embedded default', () => {
    expect(() => personalDataKey({})).toThrow('Set SAKSI_PERSONAL_DATA_KEY');
  });

  it('is made once beside the embedded data, readable only by its owner, and kept', () => {
    const first = personalDataKey({}, dir);
    expect(personalDataKey({}, dir).equals(first)).toBe(true);
    expect(readFileSync(join(dir, 'personal-data.key'), 'utf8')).toBe(first.toString('hex'));
    expect(statSync(join(dir, 'personal-data.key')).mode & 0o077).toBe(0);
  });
});
