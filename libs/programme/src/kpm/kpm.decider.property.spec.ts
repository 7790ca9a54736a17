import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { SaksiError } from '@saksi/errors';
import { fold } from '../decider.js';
import { registration } from '../testing/kpm-fixtures.js';
import type { KpmCommand } from './kpm.commands.js';
import { kpmDecider } from './kpm.decider.js';
import type { KpmEvent, KpmStatus } from './kpm.state.js';

/**
 * An independent model of the lifecycle, written as a table of what each decision needs. The
 * decider must agree with it on every random sequence of commands.
 */
const model: Record<string, { from: KpmStatus[]; to: KpmStatus }> = {
  register: { from: ['none'], to: 'registered' },
  verify: { from: ['registered'], to: 'verified' },
  approve: { from: ['registered', 'verified'], to: 'approved' },
  reject: { from: ['registered', 'verified'], to: 'rejected' },
  suspend: { from: ['approved'], to: 'suspended' },
  reinstate: { from: ['suspended'], to: 'approved' },
  exit: { from: ['approved', 'suspended'], to: 'exited' },
};

const kpmId = 'kpm-1';
const command: fc.Arbitrary<KpmCommand> = fc.oneof(
  fc.constant<KpmCommand>({ kind: 'register', data: registration }),
  fc.constant<KpmCommand>({ kind: 'verify', data: { kpmId } }),
  fc.constant<KpmCommand>({ kind: 'approve', data: { kpmId, musdesRef: 'BA/1' } }),
  fc.constant<KpmCommand>({ kind: 'reject', data: { kpmId, reason: 'not eligible' } }),
  fc.constant<KpmCommand>({ kind: 'suspend', data: { kpmId, reason: 'moved' } }),
  fc.constant<KpmCommand>({ kind: 'reinstate', data: { kpmId } }),
  fc.constant<KpmCommand>({ kind: 'exit', data: { kpmId, reason: 'graduated' } }),
  fc.constant<KpmCommand>({ kind: 'record-death', data: { kpmId, dateOfDeath: '2024-06-01' } }),
  fc
    .record({ paymentId: fc.constantFrom('p1', 'p2', 'p3'), month: fc.constantFrom('01', '02') })
    .map<KpmCommand>(({ paymentId, month }) => ({
      kind: 'record-payment',
      data: {
        kpmId,
        paymentId,
        period: `2024-${month}`,
        amount: 300_000,
        channel: 'cash',
        reference: 'r',
        paidOn: `2024-${month}-10`,
      },
    })),
);

describe('KPM decider against a model of the lifecycle', () => {
  it('accepts exactly the decisions the model allows, and facts whatever the status', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        const history: KpmEvent[] = [];
        let status: KpmStatus = 'none';
        const paidIds = new Map<string, string>();
        for (const cmd of commands) {
          let produced: KpmEvent[] | undefined;
          try {
            produced = kpmDecider.decide(cmd, fold(kpmDecider, history));
          } catch (error) {
            expect(error).toBeInstanceOf(SaksiError);
          }
          const rule = model[cmd.kind];
          if (rule) {
            expect(produced !== undefined).toBe(rule.from.includes(status));
            if (produced) status = rule.to;
          } else if (cmd.kind === 'record-death') {
            expect(produced !== undefined).toBe(status !== 'none' && status !== 'deceased');
            if (produced) status = 'deceased';
          } else if (cmd.kind === 'record-payment') {
            const earlier = paidIds.get(cmd.data.paymentId);
            // A fact is refused only when there is no KPM, or it repeats or contradicts an earlier record.
            expect(produced !== undefined).toBe(status !== 'none' && earlier === undefined);
            if (produced) paidIds.set(cmd.data.paymentId, cmd.data.period);
          }
          if (produced) history.push(...produced);
          expect(fold(kpmDecider, history).status).toBe(status);
        }
      }),
      { numRuns: 500 },
    );
  });
});
