import { expect } from '@jest/globals';
import type { SaksiError } from '@saksi/errors';
import { type Decider, fold } from '../decider.js';

/** given(decider, past events).when(command).then(new events) / .thenRefuses(code) */
export function given<C, E, S>(decider: Decider<C, E, S>, past: E[] = []) {
  return {
    when(command: C) {
      const run = () => decider.decide(command, fold(decider, past));
      return {
        then(expected: E[]) {
          expect(run()).toEqual(expected);
        },
        thenRefuses(code: string, kind?: SaksiError['kind']) {
          let error: unknown;
          try {
            run();
          } catch (caught) {
            error = caught;
          }
          expect(error).toMatchObject({ code, ...(kind ? { kind } : {}) });
          const text = (error as SaksiError).text;
          expect(text.id.length).toBeGreaterThan(10);
          expect(text.en.length).toBeGreaterThan(10);
        },
      };
    },
  };
}
