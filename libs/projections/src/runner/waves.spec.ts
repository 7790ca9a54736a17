import { describe, expect, it } from '@jest/globals';
import type { Step } from '../read-models/step.js';
import { inWaves, type Wave } from './waves.js';

const write = (statement: string, id: string, ...keys: string[]): Step => ({
  statement,
  row: { id },
  writes: keys,
});
const read = (statement: string, id: string, writes: string[], reads: string[]): Step => ({
  statement,
  row: { id },
  writes,
  reads,
});
const alone = (): Step => ({ alone: () => Promise.resolve() });

/** Each wave as `statement: row ids`, or `alone`. */
function shape(waves: Wave[]): string[][] {
  return waves.map((wave) =>
    'alone' in wave
      ? ['alone']
      : [...wave.statements].map(
          ([statement, rows]) => `${statement}: ${rows.map((row) => row['id']).join(' ')}`,
        ),
  );
}

describe('waves of a batch', () => {
  it('puts the rows of one statement on different keys into one wave, in log order', () => {
    const steps = ['a', 'b', 'c'].map((id) => write('insert', id, `kpm:${id}`));
    expect(shape(inWaves(steps))).toEqual([['insert: a b c']]);
  });

  it('keeps two writes of one row in log order, in separate waves', () => {
    const steps = [
      write('register', 'a', 'kpm:a'),
      write('register', 'b', 'kpm:b'),
      write('approve', 'a', 'kpm:a'),
      write('suspend', 'a', 'kpm:a'),
      write('approve', 'b', 'kpm:b'),
    ];
    expect(shape(inWaves(steps))).toEqual([['register: a b'], ['approve: a b'], ['suspend: a']]);
  });

  it('lets readers of a row share a wave, after its last writer and before its next one', () => {
    const steps = [
      write('register', 'a', 'kpm:a', 'place:a'),
      read('pay', '1', ['payment:1'], ['place:a']),
      write('approve', 'a', 'kpm:a'),
      read('pay', '2', ['payment:2'], ['place:a']),
      write('move', 'a', 'place:a'),
      read('pay', '3', ['payment:3'], ['place:a']),
    ];
    expect(shape(inWaves(steps))).toEqual([
      ['register: a'],
      ['pay: 1 2', 'approve: a'],
      ['move: a'],
      ['pay: 3'],
    ]);
  });

  it('moves a step that conflicts with nothing earlier into the first wave', () => {
    const steps = [
      write('register', 'a', 'kpm:a'),
      write('approve', 'a', 'kpm:a'),
      write('register', 'b', 'kpm:b'),
    ];
    expect(shape(inWaves(steps))).toEqual([['register: a b'], ['approve: a']]);
  });

  it('runs an alone step between everything before and everything after it', () => {
    const steps = [
      write('register', 'a', 'kpm:a'),
      alone(),
      write('register', 'b', 'kpm:b'),
      write('approve', 'a', 'kpm:a'),
    ];
    expect(shape(inWaves(steps))).toEqual([['register: a'], ['alone'], ['register: b', 'approve: a']]);
  });

  it('gives no waves for no steps', () => {
    expect(inWaves([])).toEqual([]);
  });
});
