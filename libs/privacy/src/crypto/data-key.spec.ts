import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { newDataKey, unwrapDataKey, WRAPPED_KEY_BYTES, wrapDataKey } from './data-key.js';

describe('a subject data key wrapped under the master key', () => {
  const master = randomBytes(32);
  const dataKey = newDataKey();

  it('unwraps to the same key with the same master key', () => {
    const wrapped = wrapDataKey(master, 'kpm:kpm-1', dataKey);
    expect(wrapped).toHaveLength(WRAPPED_KEY_BYTES);
    expect(wrapped.includes(dataKey)).toBe(false);
    expect(unwrapDataKey(master, 'kpm:kpm-1', wrapped).equals(dataKey)).toBe(true);
  });

  it('does not unwrap under another master key, nor as another subject', () => {
    const wrapped = wrapDataKey(master, 'kpm:kpm-1', dataKey);
    expect(() => unwrapDataKey(randomBytes(32), 'kpm:kpm-1', wrapped)).toThrow();
    expect(() => unwrapDataKey(master, 'kpm:kpm-2', wrapped)).toThrow();
  });
});
