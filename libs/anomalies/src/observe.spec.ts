import { describe, expect, it } from '@jest/globals';
import { raise } from './alert-candidate.js';
import { currentStatus } from './facts/kpm-timeline.js';
import { readKpm } from './facts/kpm.fact.js';
import { InMemoryFactStore } from './in-memory-fact.store.js';
import { observe } from './observe.js';
import type { Rule } from './rule.js';
import { paymentDuplicatePeriod } from './rules/payment-duplicate-period.rule.js';
import { EventBuilder } from './testing/event-builder.js';
import { CONFIG } from './testing/fixtures.js';
import { interleave, observeAll, ofRule } from './testing/scenario.js';
import { troubledVillage } from './testing/scenarios.js';

const config = { ...CONFIG, burstThreshold: 3 };
const keysOf = (alerts: Array<{ alertKey: string }>) => alerts.map((alert) => alert.alertKey).sort();

/** A small seeded generator (mulberry32), so a failing order can be replayed from its seed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('observe', () => {
  it('finds the same anomalies in every cross-stream delivery order', async () => {
    const events = troubledVillage();
    const expected = keysOf((await observeAll(events, config)).alerts);
    expect(new Set(expected.map((key) => key.split(':')[0]))).toEqual(
      new Set([
        'PAYMENT.NOT_APPROVED',
        'PAYMENT.AFTER_DEATH',
        'PAYMENT.DUPLICATE_PERIOD',
        'PAYMENT.AMOUNT_MISMATCH',
        'PAYMENT.ABOVE_ALLOCATION',
        'NIK.MULTIPLE_VILLAGES',
        'NIK.DUPLICATE_IN_PROGRAMME',
        'KPM.RECEIVES_PKH',
        'KPM.NOT_IN_P3KE',
        'ALLOCATION.SHARE_OUT_OF_RANGE',
        'APPROVAL.WITHOUT_MUSDES',
        'APPROVAL.SAME_ACTOR',
        'TRAINING.OVERLAPPING_SESSIONS',
        'TRAINING.OVER_CAPACITY',
        'ENTRY.BACKDATED',
        'ENTRY.BURST',
      ]),
    );
    for (let seed = 1; seed <= 40; seed++) {
      const order = interleave(events, seeded(seed));
      expect({ seed, keys: keysOf((await observeAll(order, config)).alerts) }).toEqual({
        seed,
        keys: expected,
      });
    }
    // The far end: whole streams one after another, the programme's last.
    const streams = [...new Set(events.map((event) => event.streamId))].reverse();
    const byStream = streams.flatMap((stream) => events.filter((event) => event.streamId === stream));
    expect(keysOf((await observeAll(byStream, config)).alerts)).toEqual(expected);
  });

  it('keeps one alert key when the same anomaly is seen again with more evidence', async () => {
    const b = new EventBuilder();
    const events = [b.programme(), ...b.approvedKpm('kpm-1'), b.pay('kpm-1', '2024-03', { paymentId: 'a' })];
    const second = b.pay('kpm-1', '2024-03', { paymentId: 'b' });
    const third = b.pay('kpm-1', '2024-03', { paymentId: 'c' });
    const { alerts, facts } = await observeAll([...events, second, third]);
    const [first] = ofRule(alerts, paymentDuplicatePeriod.code);
    expect(ofRule(alerts, paymentDuplicatePeriod.code)).toHaveLength(1);
    const again = await paymentDuplicatePeriod.evaluate(third, facts, CONFIG);
    expect(again.map((alert) => alert.alertKey)).toEqual([first!.alertKey, first!.alertKey]);
    expect(again[1]!.evidence).toContain(third.position);
  });

  it('gives the same alerts when the log is replayed into a fresh store', async () => {
    const events = troubledVillage();
    const once = await observeAll(events, config);
    const replay = await observeAll(events, config);
    expect(replay.alerts).toEqual(once.alerts);
    expect(replay.facts.keys()).toEqual(once.facts.keys());
  });

  it("runs 'before' rules on the facts before the event and 'after' rules on the facts with it", async () => {
    const probe = (when: 'before' | 'after'): Rule => ({
      code: `PROBE.${when.toUpperCase()}`,
      severity: 'low',
      explain: { id: 'Uji.', en: 'A probe.' },
      watches: ['beneficiary.approved'],
      when,
      async evaluate(_event, facts) {
        const { status } = currentStatus(await readKpm(facts, 'kpm-1'));
        const found = {
          villageCode: null,
          programmeId: null,
          subject: 'probe',
          evidence: [],
          details: { status },
        };
        return [raise({ code: `PROBE.${when}`, severity: 'low' }, { identity: [when], ...found })];
      },
    });
    const b = new EventBuilder();
    const facts = new InMemoryFactStore();
    const rules = [probe('after'), probe('before')];
    await observe(b.register('kpm-1'), facts, CONFIG, rules);
    const alerts = await observe(b.approve('kpm-1'), facts, CONFIG, rules);
    expect(alerts.map(({ ruleCode, details }) => [ruleCode, details.status])).toEqual([
      ['PROBE.before', 'registered'],
      ['PROBE.after', 'approved'],
    ]);
  });

  it("ignores its own alerts and types outside this build's catalogue, and remembers nothing of them", async () => {
    const facts = new InMemoryFactStore();
    const b = new EventBuilder();
    const late = { occurredAt: '2024-01-01T00:00:00Z', recordedAt: '2024-06-01T00:00:00Z' };
    expect(await observe(b.event('alert-1', 'alert.raised', { alertKey: 'x' }, late), facts, CONFIG)).toEqual(
      [],
    );
    expect(await observe(b.event('x-1', 'something.new', { kpmId: 'kpm-1' }), facts, CONFIG)).toEqual([]);
    expect(facts.keys()).toEqual([]);
  });
});
